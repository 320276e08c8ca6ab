// The bundled sample article, read and normalized as `spoken build` does.
#include <gtest/gtest.h>

#include "document/reader.h"
#include "text/script_builder.h"

namespace spoken {
namespace {

std::vector<Sentence> SampleSentences() {
  Result<Article> article =
      ReadArticle(std::string(SPOKEN_TEST_DATA) + "/sample/bone-brain-axis.md",
                  ArticleInfo{.language = "en-US"});
  EXPECT_TRUE(article.ok());
  if (!article.ok()) return {};
  Result<Script> script = BuildScript(*article, NormalizeOptions{.locale = "en-US"});
  EXPECT_TRUE(script.ok());
  std::vector<Sentence> sentences;
  for (const ScriptSection& section : script->sections) {
    for (const ScriptBlock& block : section.blocks) {
      for (const Sentence& sentence : block.sentences) sentences.push_back(sentence);
    }
  }
  return sentences;
}

const Sentence* Containing(const std::vector<Sentence>& sentences, const std::string& display) {
  for (const Sentence& sentence : sentences) {
    if (sentence.display.find(display) != std::string::npos) return &sentence;
  }
  return nullptr;
}

TEST(TextSampleArticle, ReadsTheCitationBriefly) {
  const auto sentences = SampleSentences();
  const Sentence* citation = Containing(sentences, "(Li et al.,Biomolecules, 2026)");
  ASSERT_NE(citation, nullptr);
  EXPECT_EQ(citation->spoken, "(Li and colleagues, twenty twenty-six)");
}

TEST(TextSampleArticle, ReadsTheYearsAsYears) {
  const auto sentences = SampleSentences();
  const Sentence* cite = Containing(sentences, "The authors also cite a 2025 review");
  ASSERT_NE(cite, nullptr);
  EXPECT_NE(cite->spoken.find("a twenty twenty-five review"), std::string::npos) << cite->spoken;
}

TEST(TextSampleArticle, NeverSaysEtAlDotOrTwoThousandTwentySix) {
  for (const Sentence& sentence : SampleSentences()) {
    EXPECT_EQ(sentence.spoken.find("et al"), std::string::npos) << sentence.spoken;
    EXPECT_EQ(sentence.spoken.find("two thousand"), std::string::npos) << sentence.spoken;
  }
}

TEST(TextSampleArticle, KeepsEveryWordTheAuthorWroteOutsideRewrites) {
  // The quote's attribution: "& " becomes "and"; the names stay as written.
  const auto sentences = SampleSentences();
  const Sentence* attribution = Containing(sentences, "Li, Gao & Zhao");
  ASSERT_NE(attribution, nullptr);
  EXPECT_NE(attribution->spoken.find("Li, Gao and Zhao"), std::string::npos) << attribution->spoken;
  for (const Sentence& sentence : sentences) {
    EXPECT_EQ(sentence.map.display_length(), sentence.display.size()) << sentence.display;
    EXPECT_EQ(sentence.map.spoken_length(), sentence.spoken.size()) << sentence.display;
  }
}

}  // namespace
}  // namespace spoken
