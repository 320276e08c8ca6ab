// The sample article scraped from its web page (furniture and all) must give exactly the
// sentences of its clean Markdown edition (the announcement aside: it names the author
// when the source gives one).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/reader.h"
#include "text/script_builder.h"

namespace spoken {
namespace {

std::vector<std::string> SentencesOf(const std::string& path) {
  Result<Article> article = ReadArticle(path, ArticleInfo{.language = "en-US"});
  EXPECT_TRUE(article.ok()) << path;
  if (!article.ok()) return {};
  Result<Script> script = BuildScript(*article, NormalizeOptions{.locale = "en-US"});
  EXPECT_TRUE(script.ok()) << path;
  if (!script.ok()) return {};
  std::vector<std::string> sentences;
  for (const ScriptSection& section : script->sections) {
    for (const ScriptBlock& block : section.blocks) {
      if (block.kind == ScriptBlockKind::kAnnouncement) continue;  // names the author, if known
      for (const Sentence& sentence : block.sentences) sentences.push_back(sentence.display);
    }
  }
  return sentences;
}

TEST(TextScrapedSample, GivesExactlyTheMarkdownEditionsSentences) {
  const std::vector<std::string> markdown =
      SentencesOf(std::string(SPOKEN_SOURCE_DIR) + "/content/bone-brain-axis.md");
  const std::vector<std::string> scraped =
      SentencesOf(std::string(SPOKEN_TEST_DATA) + "/document/bone-brain-axis.scraped.txt");
  ASSERT_FALSE(markdown.empty());
  EXPECT_EQ(scraped, markdown);
}

}  // namespace
}  // namespace spoken
