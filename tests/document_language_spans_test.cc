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

TEST(LanguageSpans, AnInlineSpanIsUnmarkedAndLinksMoveWithTheText) {
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
}

TEST(LanguageSpans, OtherBracketsAreLeftAlone) {
  for (const std::string& text :
       std::vector<std::string>{"A [note] here.", "x]{lang=de} and [y]{lang=}", "[a]{lang=de b}",
                                "[a]{lang=" + std::string(40, 'x') + "}"}) {
    Block block{.text = text};
    ApplyLanguageSpans(block);
    EXPECT_EQ(block.text, text);
    EXPECT_EQ(block.language, "");
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
}

}  // namespace
}  // namespace spoken
