#include <gtest/gtest.h>

#include "document/language_spans.h"
#include "document/markdown_reader.h"

namespace spoken {
namespace {

TEST(LanguageSpans, AWholeParagraphSpanGivesTheBlockItsLanguage) {
  Block block{.text = "[Wir kommen im nächsten Jahr wieder.]{lang=de}"};
  ApplyLanguageSpans(block);
  EXPECT_EQ(block.text, "Wir kommen im nächsten Jahr wieder.");
  EXPECT_EQ(block.language, "de");
}

TEST(LanguageSpans, AnInlineSpanIsAPassageAndLinksMoveWithTheText) {
  Block block{.text = "The [Zeitgeist]{lang=de} of the age, see more.",
              .links = {{.begin = 41, .end = 45, .href = "https://example.org/"}},
              .note_refs = {{.at = 24, .number = 1}}};
  ApplyLanguageSpans(block);
  EXPECT_EQ(block.text, "The Zeitgeist of the age, see more.");
  EXPECT_EQ(block.language, "");
  ASSERT_EQ(block.links.size(), 1u);
  EXPECT_EQ(block.text.substr(block.links[0].begin, block.links[0].end - block.links[0].begin),
            "more");
  EXPECT_EQ(block.note_refs[0].at, 13u);  // after "Zeitgeist"
  ASSERT_EQ(block.passages.size(), 1u);
  EXPECT_EQ(block.passages[0].begin, 4u);
  EXPECT_EQ(block.passages[0].end, 13u);
  EXPECT_EQ(block.passages[0].language, "de");
}

TEST(LanguageSpans, NestedSpansGiveTheInnermostLanguage) {
  Block block{.text =
                  "[Er sagte [hello]{lang=en} laut.]{lang=de} Then [a [b]{lang=fr} c]{lang=de}."};
  EXPECT_TRUE(ApplyLanguageSpans(block).empty());
  EXPECT_EQ(block.text, "Er sagte hello laut. Then a b c.");
  EXPECT_EQ(block.language, "");
  std::vector<std::string> runs;
  for (const LanguageSpan& p : block.passages) {
    runs.push_back(p.language + ":" + block.text.substr(p.begin, p.end - p.begin));
  }
  EXPECT_EQ(runs, (std::vector<std::string>{"de:Er sagte ", "en:hello", "de: laut.", "de:a ",
                                            "fr:b", "de: c"}));
}

TEST(LanguageSpans, AWholeBlockSpanWithAnotherInsideKeepsTheInnerAsAPassage) {
  Block block{.text = "[Er sagte [hello]{lang=en} laut.]{lang=de}"};
  ApplyLanguageSpans(block);
  EXPECT_EQ(block.text, "Er sagte hello laut.");
  EXPECT_EQ(block.language, "de");
  ASSERT_EQ(block.passages.size(), 1u);
  EXPECT_EQ(block.passages[0].language, "en");
  EXPECT_EQ(block.text.substr(block.passages[0].begin, 5), "hello");
}

TEST(LanguageSpans, MalformedMarkersAreLeftAsWrittenAndReported) {
  Block block{.text = "Odd x]{lang=de} and [y]{lang=} and [z]{lang=de b} and [ok]{lang=de}."};
  const std::vector<std::string> problems = ApplyLanguageSpans(block);
  EXPECT_EQ(block.text, "Odd x]{lang=de} and [y]{lang=} and [z]{lang=de b} and ok.");
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_NE(problems[0].find("\"]{lang=de}\" has no '['"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("\"]{lang=}\" does not name a language"), std::string::npos)
      << problems[1];
  EXPECT_NE(problems[2].find("does not name a language"), std::string::npos);
  ASSERT_EQ(block.passages.size(), 1u);
  EXPECT_EQ(block.text.substr(block.passages[0].begin, 2), "ok");
}

TEST(LanguageSpans, UnbalancedAndDeepBracketsDoNotBreakIt) {
  std::string text = std::string(5000, '[') + "x]{lang=de}" + std::string(3000, ']') +
                     "{lang=fr}]]{lang=" + std::string(100, 'a');
  Block block{.text = text};
  ApplyLanguageSpans(block);
  EXPECT_LE(block.text.size(), text.size());
  for (const LanguageSpan& p : block.passages) {
    EXPECT_LT(p.begin, p.end);
    EXPECT_LE(p.end, block.text.size());
  }
}

TEST(LanguageSpans, OtherBracketsAreLeftAlone) {
  for (const std::string& text :
       std::vector<std::string>{"A [note] here.", "x]{lang=de} and [y]{lang=}", "[a]{lang=de b}",
                                "[a]{lang=" + std::string(40, 'x') + "}"}) {
    Block block{.text = text};
    ApplyLanguageSpans(block);
    EXPECT_EQ(block.text, text);
    EXPECT_EQ(block.language, "");
    EXPECT_TRUE(block.passages.empty());
  }
}

TEST(LanguageSpans, TheMarkdownReaderAppliesThem) {
  auto article = ReadMarkdown(
      "---\ntitle: Quotes\nlanguage: en-US\n---\n\nShe said:\n\n"
      "> [Wir kommen im nächsten Jahr wieder.]{lang=de}\n\nA [Zeitgeist]{lang=de} of sorts.\n",
      ArticleInfo{.slug = "quotes", .source_path = "quotes.md"});
  ASSERT_TRUE(article.ok()) << article.error().message;
  const std::vector<Block>& blocks = article->sections[0].blocks;
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].kind, BlockKind::kQuote);
  EXPECT_EQ(blocks[1].language, "de");
  EXPECT_EQ(blocks[1].text, "Wir kommen im nächsten Jahr wieder.");
  EXPECT_EQ(blocks[2].language, "");
  EXPECT_EQ(blocks[2].text, "A Zeitgeist of sorts.");
  ASSERT_EQ(blocks[2].passages.size(), 1u);
  EXPECT_EQ(blocks[2].passages[0].language, "de");
}

TEST(LanguageSpans, AHeadingsSpansArePassagesOfItsTitle) {
  auto article = ReadMarkdown(
      "---\ntitle: Words\n---\n\nFirst.\n\n## The [Zeitgeist]{lang=de} now\n\nText.\n\n"
      "## [Nachwort]{lang=de}\n\nMore.\n",
      ArticleInfo{.slug = "words", .source_path = "words.md"});
  ASSERT_TRUE(article.ok()) << article.error().message;
  ASSERT_EQ(article->sections.size(), 3u);
  const Section& mixed = article->sections[1];
  EXPECT_EQ(mixed.title, "The Zeitgeist now");
  ASSERT_EQ(mixed.title_passages.size(), 1u);
  EXPECT_EQ(mixed.title_passages[0].begin, 4u);
  EXPECT_EQ(mixed.title_passages[0].end, 13u);
  const Section& german = article->sections[2];
  EXPECT_EQ(german.title, "Nachwort");
  ASSERT_EQ(german.title_passages.size(), 1u);
  EXPECT_EQ(german.title_passages[0].end, 8u);
  EXPECT_EQ(german.title_passages[0].language, "de");
  EXPECT_EQ(PassageLanguages(*article), std::vector<std::string>{"de"});
}

TEST(LanguageSpans, TheMarkdownReaderWarnsOfMalformedMarkersWithTheLine) {
  auto article = ReadMarkdown("---\ntitle: Odd\n---\n\nFirst.\n\nA [word]{lang=} here.\n",
                              ArticleInfo{.slug = "odd", .source_path = "odd.md"});
  ASSERT_TRUE(article.ok()) << article.error().message;
  ASSERT_EQ(article->warnings.size(), 1u);
  EXPECT_EQ(article->warnings[0].rfind("odd.md:7: \"]{lang=}\"", 0), 0u) << article->warnings[0];
}

}  // namespace
}  // namespace spoken
