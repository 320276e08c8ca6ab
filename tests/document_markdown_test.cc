#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "document/markdown_reader.h"
#include "document/reader.h"

namespace spoken {
namespace {

Article Read(const std::string& markdown) {
  Result<Article> article = ReadMarkdown(markdown, ArticleInfo{.slug = "a", .source_path = "a.md"});
  EXPECT_TRUE(article.ok()) << (article.ok() ? "" : article.error().message);
  return article.ok() ? *article : Article();
}

std::vector<std::string> Titles(const Article& article) {
  std::vector<std::string> titles;
  for (const Section& section : article.sections) titles.push_back(section.title);
  return titles;
}

TEST(DocumentMarkdown, LeadingH1EqualToTheTitleIsTheTitleNotASection) {
  Article article = Read("---\ntitle: The Title\n---\n# The Title\n\nIntro.\n\n## Part\n\nBody.\n");
  EXPECT_EQ(Titles(article), (std::vector<std::string>{"The Title", "Part"}));
  EXPECT_TRUE(article.sections[0].title_from_article);
}

TEST(DocumentMarkdown, LeadingH1GivesTheTitleWhenFrontMatterHasNone) {
  Article article = Read("# Found Title\n\nIntro.\n");
  EXPECT_EQ(article.info.title, "Found Title");
  EXPECT_EQ(Titles(article), (std::vector<std::string>{"Found Title"}));
}

TEST(DocumentMarkdown, CommentsBeforeTheLeadingH1DoNotHideIt) {
  Article article = Read("---\ntitle: T\n---\n<!-- draft -->\n\n# T\n\nBody.\n");
  ASSERT_EQ(article.sections.size(), 1u);
  EXPECT_TRUE(article.sections[0].title_from_article);
}

TEST(DocumentMarkdown, LeadingH1DifferentFromTheTitleIsASection) {
  Article article = Read("---\ntitle: The Title\n---\n# Something Else\n\nBody.\n");
  EXPECT_EQ(Titles(article), (std::vector<std::string>{"Something Else"}));
  EXPECT_FALSE(article.sections[0].title_from_article);
}

TEST(DocumentMarkdown, EveryHeadingLevelStartsASection) {
  Article article = Read("Intro.\n\n## Two\n\nA.\n\n### Three\n\nB.\n\n# Late One\n\nC.\n");
  ASSERT_EQ(article.sections.size(), 4u);
  EXPECT_EQ(article.sections[1].title, "Two");
  EXPECT_EQ(article.sections[2].title, "Three");
  EXPECT_EQ(article.sections[3].title, "Late One");
}

TEST(DocumentMarkdown, InlineMarkupIsReducedToItsTextAndBreaksToSpaces) {
  Article article =
      Read("Some *emphasis*, **strong**, `code` and ~~struck~~\nacross a  soft break.\n");
  ASSERT_EQ(article.sections.size(), 1u);
  EXPECT_EQ(article.sections[0].blocks[0].text,
            "Some emphasis, strong, code and struck across a soft break.");
}

TEST(DocumentMarkdown, LinksKeepTheirTargetAsByteRanges) {
  Article article = Read("Read [the **full** study](https://example.com/s) or <https://x.org>.\n");
  const Block& block = article.sections[0].blocks[0];
  ASSERT_EQ(block.text, "Read the full study or https://x.org.");
  ASSERT_EQ(block.links.size(), 2u);
  EXPECT_EQ(block.text.substr(block.links[0].begin, block.links[0].end - block.links[0].begin),
            "the full study");
  EXPECT_EQ(block.links[0].href, "https://example.com/s");
  EXPECT_EQ(block.text.substr(block.links[1].begin, block.links[1].end - block.links[1].begin),
            "https://x.org");
}

TEST(DocumentMarkdown, ListItemsShareAListIdPerListAndKnowIfOrdered) {
  Article article = Read("- one\n- two\n\ntext\n\n1. first\n2. second\n   - nested\n");
  const std::vector<Block>& blocks = article.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kListItem);
  EXPECT_EQ(blocks[0].list_id, blocks[1].list_id);
  EXPECT_FALSE(blocks[0].ordered_list);
  EXPECT_EQ(blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[2].list_id, 0);
  EXPECT_TRUE(blocks[3].ordered_list);
  EXPECT_NE(blocks[3].list_id, blocks[0].list_id);
  EXPECT_EQ(blocks[4].text, "second");
  EXPECT_EQ(blocks[5].text, "nested");
  EXPECT_NE(blocks[5].list_id, blocks[4].list_id);
}

TEST(DocumentMarkdown, LooseListItemParagraphsFormOneItem) {
  Article article = Read("- First part.\n\n  Second part.\n\n- Next.\n");
  const std::vector<Block>& blocks = article.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "First part. Second part.");
}

TEST(DocumentMarkdown, BlockQuoteParagraphsAreQuotes) {
  Article article = Read("> \"Said.\" — Someone\n>\n> More.\n");
  const std::vector<Block>& blocks = article.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kQuote);
  EXPECT_EQ(blocks[0].text, "\"Said.\" — Someone");
  EXPECT_EQ(blocks[1].kind, BlockKind::kQuote);
}

TEST(DocumentMarkdown, LoneImageIsSkippedUnlessItHasACaptionTitle) {
  Article article =
      Read("Text.\n\n![a photo of bones](b.jpg)\n\n![alt](c.jpg \"Figure 1. The caption.\")\n");
  const std::vector<Block>& blocks = article.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].text, "Figure 1. The caption.");
  EXPECT_EQ(blocks[1].kind, BlockKind::kFigure);  // showing its picture, for the EPUB
  EXPECT_EQ(blocks[1].image, "c.jpg");
  EXPECT_EQ(blocks[1].image_alt, "alt");
}

TEST(DocumentMarkdown, ImageInsideASentenceKeepsItsAltText) {
  Article article = Read("Press the ![gear](gear.png) button.\n");
  EXPECT_EQ(article.sections[0].blocks[0].text, "Press the gear button.");
}

TEST(DocumentMarkdown, TableRowsBecomeParagraphsOfCells) {
  Article article = Read("| Name | Age |\n|---|---|\n| Ann | 3 |\n");
  const std::vector<Block>& blocks = article.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "Name; Age");
  EXPECT_EQ(blocks[1].text, "Ann; 3");
}

TEST(DocumentMarkdown, RawHtmlAndRulesAreSkipped) {
  Article article = Read("<div>\nraw\n</div>\n\n---\n\nText <b>bold</b>.\n");
  const std::vector<Block>& blocks = article.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text, "Text bold.");
}

TEST(DocumentMarkdown, SourceLinesCountTheFrontMatter) {
  Article article = Read("---\ntitle: T\n---\n\nFirst.\n\n## Part\n\nSecond.\n");
  ASSERT_EQ(article.sections.size(), 2u);
  EXPECT_EQ(article.sections[0].blocks[0].source_line, 5);
  EXPECT_EQ(article.sections[1].source_line, 7);
  EXPECT_EQ(article.sections[1].blocks[0].source_line, 9);
}

TEST(DocumentMarkdown, BadFrontMatterNamesFileAndLine) {
  Result<Article> article = ReadMarkdown("---\ntitle: T\ndate: yesterday\n---\nText.\n",
                                         ArticleInfo{.source_path = "content/x.md"});
  ASSERT_FALSE(article.ok());
  EXPECT_EQ(article.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(article.error().message.rfind("content/x.md:3: date must be", 0), 0u)
      << article.error().message;
}

// The bundled sample, as the rest of the pipeline will see it.
class DocumentSampleArticle : public testing::Test {
 protected:
  void SetUp() override {
    Result<Article> read =
        ReadArticle(std::string(SPOKEN_TEST_DATA) + "/sample/bone-brain-axis.md",
                    ArticleInfo{.language = "en-US", .citations = CitationStyle::kRead});
    ASSERT_TRUE(read.ok()) << read.error().message;
    article_ = *read;
  }
  // The 1-based line of the sample that starts with `prefix` (0 when none does).
  static int LineOf(const std::string& prefix) {
    std::ifstream in(std::string(SPOKEN_TEST_DATA) + "/sample/bone-brain-axis.md");
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (line.rfind(prefix, 0) == 0) return number;
    }
    return 0;
  }
  Article article_;
};

TEST_F(DocumentSampleArticle, HasTheFrontMatterMetadata) {
  EXPECT_EQ(article_.info.slug, "bone-brain-axis");
  EXPECT_EQ(article_.info.title,
            "New Research Highlights a 'Bone\u2013Brain Axis' That May Link Depression and "
            "Osteoporosis");
  EXPECT_EQ(article_.info.author, "CRBC News");
  EXPECT_EQ(article_.info.date, "2026-11-20");
  EXPECT_EQ(article_.info.language, "en-US");
  EXPECT_EQ(article_.info.citations, CitationStyle::kRead);
  EXPECT_EQ(article_.source_sha256.size(), 64u);
}

TEST_F(DocumentSampleArticle, HasSixSectionsOpeningWithTheArticleTitle) {
  EXPECT_EQ(Titles(article_),
            (std::vector<std::string>{article_.info.title, "What Is the Bone\u2013Brain Axis?",
                                      "Key Molecular Players", "How Depression May Affect Bone",
                                      "Clinical Implications and Future Directions", "Takeaway"}));
  EXPECT_TRUE(article_.sections[0].title_from_article);
  for (size_t i = 1; i < article_.sections.size(); ++i) {
    EXPECT_FALSE(article_.sections[i].title_from_article);
  }
}

TEST_F(DocumentSampleArticle, TheListHasTwoItemsWithTheirBoldLabelsAsText) {
  const std::vector<Block>& blocks = article_.sections[2].blocks;
  ASSERT_EQ(blocks.size(), 2u);
  for (const Block& block : blocks) {
    EXPECT_EQ(block.kind, BlockKind::kListItem);
    EXPECT_EQ(block.list_id, blocks[0].list_id);
    EXPECT_FALSE(block.ordered_list);
  }
  EXPECT_EQ(blocks[0].text.rfind("Osteocalcin: A bone-derived hormone", 0), 0u);
  EXPECT_EQ(blocks[1].text.rfind("Osteopontin: A bone-produced protein", 0), 0u);
}

TEST_F(DocumentSampleArticle, TheQuoteIsAQuoteWithItsAttribution) {
  int quotes = 0;
  for (const Section& section : article_.sections) {
    for (const Block& block : section.blocks) {
      if (block.kind != BlockKind::kQuote) continue;
      ++quotes;
      EXPECT_EQ(block.text.rfind("\"Future investigations must validate", 0), 0u);
      EXPECT_TRUE(block.text.ends_with("\u2014 Li, Gao & Zhao"));
      EXPECT_EQ(section.title, "Clinical Implications and Future Directions");
    }
  }
  EXPECT_EQ(quotes, 1);
}

TEST_F(DocumentSampleArticle, TheCaptionIsReadAsAParagraph) {
  const std::vector<Block>& blocks = article_.sections[1].blocks;
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].text,
            "The two-way street of the bone-brain axis. (Li et al.,Biomolecules, 2026)");
  EXPECT_EQ(blocks[1].source_line, LineOf("*The two-way street"));
}

TEST_F(DocumentSampleArticle, ItsLexiconResolvesBesideIt) {
  EXPECT_EQ(article_.info.lexicons, std::vector<std::string>{std::string(SPOKEN_TEST_DATA) +
                                                             "/sample/bone-brain-axis.pls"});
}

}  // namespace
}  // namespace spoken
