#include <gtest/gtest.h>

#include "document/front_matter.h"
#include "document/metadata.h"

namespace spoken {
namespace {

TEST(DocumentMetadata, AcceptsRealCalendarDatesOnly) {
  EXPECT_TRUE(IsIsoCalendarDate("2026-11-20"));
  EXPECT_TRUE(IsIsoCalendarDate("2024-02-29"));
  EXPECT_TRUE(IsIsoCalendarDate("2000-02-29"));
  EXPECT_FALSE(IsIsoCalendarDate("1900-02-29"));
  EXPECT_FALSE(IsIsoCalendarDate("2026-02-30"));
  EXPECT_FALSE(IsIsoCalendarDate("2026-13-01"));
  EXPECT_FALSE(IsIsoCalendarDate("2026-1-01"));
  EXPECT_FALSE(IsIsoCalendarDate("20/11/2026"));
  EXPECT_FALSE(IsIsoCalendarDate("2026-11-20T10:00"));
}

TEST(DocumentMetadata, AcceptsWellFormedBcp47Tags) {
  for (const char* tag : {"en", "en-US", "de-DE", "zh-Hant-TW", "sr-Latn", "es-419", "yue"}) {
    EXPECT_TRUE(IsBcp47Tag(tag)) << tag;
  }
  for (const char* tag : {"", "e", "en_US", "english-US", "en-", "-US", "en--US", "12"}) {
    EXPECT_FALSE(IsBcp47Tag(tag)) << tag;
  }
}

TEST(DocumentMetadata, ResolvesPathsAgainstTheArticleFolder) {
  EXPECT_EQ(ResolveBesideArticle("content/a.md", "lex/x.pls"), "content/lex/x.pls");
  EXPECT_EQ(ResolveBesideArticle("content/a.md", "../voices/x.pls"), "voices/x.pls");
  EXPECT_EQ(ResolveBesideArticle("a.md", "x.pls"), "x.pls");
  EXPECT_EQ(ResolveBesideArticle("content/a.md", "/abs/x.pls"), "/abs/x.pls");
}

TEST(DocumentFrontMatter, SplitsYamlFromBodyAndCountsTheLines) {
  Result<FrontMatterSplit> split =
      SplitFrontMatter("---\ntitle: T\nauthor: A\n---\nBody\n", "a.md");
  ASSERT_TRUE(split.ok());
  EXPECT_TRUE(split->present);
  EXPECT_EQ(split->yaml, "title: T\nauthor: A\n");
  EXPECT_EQ(split->body, "Body\n");
  EXPECT_EQ(split->body_line_offset, 4);
}

TEST(DocumentFrontMatter, NoFenceMeansNoFrontMatter) {
  Result<FrontMatterSplit> split = SplitFrontMatter("# Title\n\nBody\n", "a.md");
  ASSERT_TRUE(split.ok());
  EXPECT_FALSE(split->present);
  EXPECT_EQ(split->body, "# Title\n\nBody\n");
  EXPECT_EQ(split->body_line_offset, 0);
}

TEST(DocumentFrontMatter, AcceptsCrlfAndTheDotsClosingFence) {
  Result<FrontMatterSplit> split = SplitFrontMatter("---\r\ntitle: T\r\n...\r\nBody", "a.md");
  ASSERT_TRUE(split.ok());
  EXPECT_TRUE(split->present);
  EXPECT_EQ(split->body, "Body");
}

TEST(DocumentFrontMatter, UnclosedFrontMatterIsAnErrorOnLineOne) {
  Result<FrontMatterSplit> split = SplitFrontMatter("---\ntitle: T\n\nBody\n", "a.md");
  ASSERT_FALSE(split.ok());
  EXPECT_EQ(split.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(split.error().message.rfind("a.md:1: ", 0), 0u) << split.error().message;
}

TEST(DocumentFrontMatter, SetFieldsOverwriteDefaultsAndOthersStay) {
  ArticleInfo info{.author = "Default Author",
                   .language = "en-US",
                   .voice = "default",
                   .citations = CitationStyle::kRead,
                   .lexicons = {"voices/site.pls"}};
  bool title_set = false;
  Status status = ApplyFrontMatter(
      "title: \"T: a title\"\ndate: 2026-11-20\nlanguage: de-DE\ncitations: brief\n"
      "description: D\nurl: https://example.com/a\nlexicons: [terms.pls]\n",
      "content/a.md", info, title_set);
  ASSERT_TRUE(status.ok()) << status.error().message;
  EXPECT_TRUE(title_set);
  EXPECT_EQ(info.title, "T: a title");
  EXPECT_EQ(info.author, "Default Author");
  EXPECT_EQ(info.date, "2026-11-20");
  EXPECT_EQ(info.language, "de-DE");
  EXPECT_EQ(info.voice, "default");
  EXPECT_EQ(info.citations, CitationStyle::kBrief);
  EXPECT_EQ(info.description, "D");
  EXPECT_EQ(info.url, "https://example.com/a");
  EXPECT_EQ(info.lexicons, std::vector<std::string>{"content/terms.pls"});
}

TEST(DocumentFrontMatter, EmptyValuesKeepTheDefaults) {
  ArticleInfo info{.author = "Default"};
  bool title_set = true;
  ASSERT_TRUE(ApplyFrontMatter("author:\ntitle: \"\"\n", "a.md", info, title_set).ok());
  EXPECT_FALSE(title_set);
  EXPECT_EQ(info.author, "Default");
}

struct BadFrontMatter {
  const char* yaml;
  const char* message_start;
};

class DocumentFrontMatterErrors : public testing::TestWithParam<BadFrontMatter> {};

TEST_P(DocumentFrontMatterErrors, NameTheFileAndTheLine) {
  ArticleInfo info;
  bool title_set = false;
  Status status = ApplyFrontMatter(GetParam().yaml, "a.md", info, title_set);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().message.rfind(GetParam().message_start, 0), 0u)
      << status.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Document, DocumentFrontMatterErrors,
    testing::Values(BadFrontMatter{"title: T\ndate: 2026-02-30\n", "a.md:3: date must be"},
                    BadFrontMatter{"date: 20 Nov 2026\n", "a.md:2: date must be"},
                    BadFrontMatter{"title: T\nlanguage: English\n", "a.md:3: language must be"},
                    BadFrontMatter{"citations: loud\n", "a.md:2: citations must be"},
                    BadFrontMatter{"title: [a, b]\n", "a.md:2: title must be text"},
                    BadFrontMatter{"lexicons: {a: b}\n", "a.md:2: lexicons must be"},
                    BadFrontMatter{"- a\n- b\n", "a.md:2: front matter must be a mapping"},
                    BadFrontMatter{"title: T\nauthor: [unclosed\n", "a.md:"}));

}  // namespace
}  // namespace spoken
