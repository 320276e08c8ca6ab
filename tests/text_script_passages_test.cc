#include <gtest/gtest.h>

#include <memory>

#include "text/script_builder.h"

namespace spoken {
namespace {

// An English article whose second paragraph holds inline German passages.
Article Mixed(std::string text, std::vector<LanguageSpan> passages) {
  Article article;
  article.info = {.source_path = "mixed.md", .title = "Mixed", .language = "en-US"};
  article.sections.push_back(
      {.title = "Mixed",
       .title_from_article = true,
       .blocks = {Block{.text = std::move(text), .passages = std::move(passages)}}});
  return article;
}

class ScriptPassages : public ::testing::Test {
 protected:
  Result<Script> Build(const Article& article) {
    return BuildScript(article, {.locale = "en-US"}, *english_, Announcement::kOmit,
                       [this](const std::string& language) -> const SpokenFormNormalizer* {
                         return language == "de" ? german_.get() : nullptr;
                       });
  }
  std::unique_ptr<SpokenFormNormalizer> english_ =
      std::move(SpokenFormNormalizer::Create({.locale = "en-US"})).value();
  std::unique_ptr<SpokenFormNormalizer> german_ =
      std::move(SpokenFormNormalizer::Create({.locale = "de-DE"})).value();
};

TEST_F(ScriptPassages, AnInlinePassageIsReadWithItsLanguagesRules) {
  // "3. Mai" and "12" in German; the 12 after it in English.
  const std::string text = "They met am 3. Mai mit 12 Gästen and left with 12 friends.";
  const size_t begin = text.find("am"), end = text.find(" and");
  auto script = Build(Mixed(text, {{begin, end, "de"}}));
  ASSERT_TRUE(script.ok()) << script.error().message;
  const Sentence& sentence = script->sections[0].blocks[0].sentences.at(0);
  ASSERT_EQ(sentence.passages.size(), 1u);
  const SentencePassage& passage = sentence.passages[0];
  EXPECT_EQ(passage.language, "de");
  EXPECT_EQ(
      sentence.display.substr(passage.display_begin, passage.display_end - passage.display_begin),
      "am 3. Mai mit 12 Gästen");
  EXPECT_EQ(sentence.spoken.substr(passage.spoken_begin, passage.spoken_end - passage.spoken_begin),
            "am dritten Mai mit zwölf Gästen");
  EXPECT_EQ(sentence.spoken.substr(0, passage.spoken_begin), "They met ");
  EXPECT_EQ(sentence.spoken.substr(passage.spoken_end), " and left with twelve friends.");
  // The map still leads every spoken byte back to the display.
  EXPECT_EQ(sentence.map.display_length(), sentence.display.size());
  EXPECT_EQ(sentence.map.spoken_length(), sentence.spoken.size());
  EXPECT_EQ(sentence.map.ToDisplay(passage.spoken_begin, passage.spoken_end),
            std::make_pair(passage.display_begin, passage.display_end));
}

TEST_F(ScriptPassages, APassageAcrossASentenceEndIsCutIntoBoth) {
  const std::string text = "First one ends here. Second one starts here.";
  const size_t begin = text.find("here."), end = text.find(" starts");
  auto script = Build(Mixed(text, {{begin, end, "de"}}));
  ASSERT_TRUE(script.ok()) << script.error().message;
  const std::vector<Sentence>& sentences = script->sections[0].blocks[0].sentences;
  ASSERT_EQ(sentences.size(), 2u);
  ASSERT_EQ(sentences[0].passages.size(), 1u);
  EXPECT_EQ(sentences[0].display.substr(sentences[0].passages[0].display_begin), "here.");
  ASSERT_EQ(sentences[1].passages.size(), 1u);
  EXPECT_EQ(sentences[1].passages[0].display_begin, 0u);
  EXPECT_EQ(sentences[1].display.substr(0, sentences[1].passages[0].display_end), "Second one");
}

TEST_F(ScriptPassages, ABreakThePassagesLanguageMakesStaysAndManyPassagesKeepTheirOrder) {
  // "am 3. Mai" is one German sentence; "Es regnet. Wir bleiben." two.
  std::string text = "He wrote am 3. Mai and then Es regnet. Wir bleiben. and left.";
  std::vector<LanguageSpan> passages = {{text.find("am"), text.find(" and then"), "de"},
                                        {text.find("Es"), text.find(" and left"), "de"}};
  auto script = Build(Mixed(text, passages));
  ASSERT_TRUE(script.ok()) << script.error().message;
  std::vector<std::string> displays;
  for (const Sentence& s : script->sections[0].blocks[0].sentences) displays.push_back(s.display);
  EXPECT_EQ(displays, (std::vector<std::string>{"He wrote am 3. Mai and then Es regnet.",
                                                "Wir bleiben. and left."}));
  // A thousand one-word passages in one block: each its own, in order.
  std::string many;
  passages.clear();
  for (int i = 0; i < 1000; ++i) {
    passages.push_back({many.size(), many.size() + 4, "de"});
    many += "Welt and ";
  }
  many += "end.";
  script = Build(Mixed(many, passages));
  ASSERT_TRUE(script.ok()) << script.error().message;
  const Sentence& sentence = script->sections[0].blocks[0].sentences.at(0);
  ASSERT_EQ(sentence.passages.size(), 1000u);
  EXPECT_EQ(sentence.passages[999].display_begin, 999u * 9);
}

TEST_F(ScriptPassages, AHeadingsPassageIsReadWithItsRules) {
  Article article = Mixed("Text.", {});
  article.sections.push_back({.title = "Seit dem 3. Mai",
                              .blocks = {Block{.text = "More."}},
                              .title_passages = {{0, 15, "de"}}});
  auto script = Build(article);
  ASSERT_TRUE(script.ok()) << script.error().message;
  const ScriptBlock& heading = script->sections[1].blocks.at(0);
  ASSERT_EQ(heading.kind, ScriptBlockKind::kHeading);
  const Sentence& sentence = heading.sentences.at(0);
  EXPECT_EQ(sentence.spoken, "Seit dem dritten Mai");
  ASSERT_EQ(sentence.passages.size(), 1u);
  EXPECT_EQ(sentence.passages[0].language, "de");
}

TEST_F(ScriptPassages, APassageInALanguageWithoutItsOwnNormalizerIsReadAsTheArticle) {
  const std::string text = "A word in Dutch: 12 appels.";
  auto script = Build(Mixed(text, {{text.find("12"), text.size() - 1, "nl"}}));
  ASSERT_TRUE(script.ok()) << script.error().message;
  const Sentence& sentence = script->sections[0].blocks[0].sentences.at(0);
  EXPECT_EQ(sentence.spoken, "A word in Dutch: twelve appels.");
  ASSERT_EQ(sentence.passages.size(), 1u);
  EXPECT_EQ(sentence.passages[0].language, "nl");
}

}  // namespace
}  // namespace spoken
