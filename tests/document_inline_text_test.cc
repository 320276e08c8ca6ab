#include <gtest/gtest.h>

#include "document/inline_text.h"
#include "document/section_builder.h"

namespace spoken {
namespace {

Block Built(InlineText& text) {
  Block block;
  text.MoveInto(block);
  return block;
}

TEST(DocumentInlineText, CollapsesWhitespaceRunsAndTrimsTheEnds) {
  InlineText text;
  text.Append("  one\t two\n\nthree  ");
  text.Append("  four ");
  EXPECT_EQ(Built(text).text, "one two three four");
}

TEST(DocumentInlineText, KeepsNoBreakSpacesTheAuthorTyped) {
  EXPECT_EQ(CollapseWhitespace("10\u00A0kg  of"), "10\u00A0kg of");
}

TEST(DocumentInlineText, LinkRangeCoversTheLinkTextWithoutSurroundingSpaces) {
  InlineText text;
  text.Append("see ");
  text.BeginLink("https://example.com");
  text.Append(" the  page ");
  text.EndLink();
  text.Append(" now");
  Block block = Built(text);
  ASSERT_EQ(block.text, "see the page now");
  ASSERT_EQ(block.links.size(), 1u);
  EXPECT_EQ(block.text.substr(block.links[0].begin, block.links[0].end - block.links[0].begin),
            "the page");
  EXPECT_EQ(block.links[0].href, "https://example.com");
}

TEST(DocumentInlineText, LinkWithoutTextIsDropped) {
  InlineText text;
  text.Append("a");
  text.BeginLink("x");
  text.Append("   ");
  text.EndLink();
  EXPECT_TRUE(Built(text).links.empty());
}

TEST(DocumentInlineText, ImageAltTextAloneIsNotOwnText) {
  InlineText text;
  text.Append("a picture", /*from_image=*/true);
  EXPECT_FALSE(text.HasOwnText());
  text.Append(" beside words");
  EXPECT_TRUE(text.HasOwnText());
}

TEST(DocumentInlineText, MoveIntoLeavesTheBuilderEmpty) {
  InlineText text;
  text.BeginLink("x");
  text.Append("one");
  Block first = Built(text);
  text.Append("two");
  Block second = Built(text);
  EXPECT_EQ(first.links.size(), 1u);
  EXPECT_EQ(second.text, "two");
  EXPECT_TRUE(second.links.empty());
}

TEST(DocumentSectionBuilder, BlocksBeforeAnyHeadingOpenASectionTitledAfterTheArticle) {
  SectionBuilder sections;
  sections.AddBlock(Block{.text = "Intro.", .source_line = 3});
  sections.StartSection("Next", 5);
  sections.AddBlock(Block{.text = "Body.", .source_line = 7});
  std::vector<Section> result = sections.Finish("The Title");
  ASSERT_EQ(result.size(), 2u);
  EXPECT_TRUE(result[0].title_from_article);
  EXPECT_EQ(result[0].title, "The Title");
  EXPECT_EQ(result[0].source_line, 3);
  EXPECT_FALSE(result[1].title_from_article);
  EXPECT_EQ(result[1].title, "Next");
}

TEST(DocumentSectionBuilder, NoOpeningSectionWhenTheTextStartsWithAHeading) {
  SectionBuilder sections;
  sections.StartSection("First", 1);
  sections.AddBlock(Block{.text = "Body."});
  sections.AddBlock(Block{.text = ""});
  std::vector<Section> result = sections.Finish("Title");
  ASSERT_EQ(result.size(), 1u);
  EXPECT_EQ(result[0].title, "First");
  EXPECT_EQ(result[0].blocks.size(), 1u);
}

}  // namespace
}  // namespace spoken
