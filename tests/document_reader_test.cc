#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/sha256.h"
#include "document/reader.h"

namespace spoken {
namespace {

const std::string kData = std::string(SPOKEN_TEST_DATA) + "/document/";

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(DocumentReader, ChoosesTheReaderByExtension) {
  const ArticleInfo defaults{.language = "en-US"};
  Result<Article> markdown = ReadArticle(kData + "small.md", defaults);
  Result<Article> html = ReadArticle(kData + "small.html", defaults);
  Result<Article> text = ReadArticle(kData + "small.txt", defaults);
  ASSERT_TRUE(markdown.ok()) << markdown.error().message;
  ASSERT_TRUE(html.ok()) << html.error().message;
  ASSERT_TRUE(text.ok()) << text.error().message;
  EXPECT_EQ(markdown->info.title, "A Small Article");
  EXPECT_EQ(html->info.title, "Ein kleiner Artikel");
  EXPECT_EQ(html->info.language, "de-DE");
  EXPECT_EQ(text->info.title, "A Small Text");
  EXPECT_EQ(text->info.language, "en-US");
}

TEST(DocumentReader, SlugIsTheFileNameAndSourcePathIsAsGiven) {
  Result<Article> article = ReadArticle(kData + "small.md", {});
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->info.slug, "small");
  EXPECT_EQ(article->info.source_path, kData + "small.md");
}

TEST(DocumentReader, DigestIsTheSha256OfTheSourceBytes) {
  Result<Article> article = ReadArticle(kData + "small.md", {});
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->source_sha256, Sha256Hex(FileBytes(kData + "small.md")));
}

TEST(DocumentReader, LexiconsResolveBesideTheArticle) {
  Result<Article> article = ReadArticle(kData + "small.md", {.lexicons = {"site.pls"}});
  ASSERT_TRUE(article.ok());
  const std::string folder = std::string(SPOKEN_TEST_DATA) + "/document/";
  EXPECT_EQ(article->info.lexicons,
            (std::vector<std::string>{folder + "lexicons/terms.pls",
                                      std::string(SPOKEN_TEST_DATA) + "/shared.pls"}));
}

TEST(DocumentReader, DefaultsFillWhatTheArticleLeavesOut) {
  Result<Article> article = ReadArticle(kData + "small.md", {.author = "Site",
                                                             .description = "Default",
                                                             .voice = "narrator",
                                                             .citations = CitationStyle::kBrief});
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->info.author, "Test Author");
  EXPECT_EQ(article->info.date, "2024-02-29");
  EXPECT_EQ(article->info.description, "Default");
  EXPECT_EQ(article->info.voice, "narrator");
  EXPECT_EQ(article->info.citations, CitationStyle::kBrief);
}

TEST(DocumentReader, MissingFileIsNotFound) {
  Result<Article> article = ReadArticle(kData + "no-such.md", {});
  ASSERT_FALSE(article.ok());
  EXPECT_EQ(article.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(article.error().message, kData + "no-such.md: no such file");
}

TEST(DocumentReader, UnknownExtensionIsInvalidInput) {
  Result<Article> article = ReadArticle(kData + "notes.rtf", {});
  ASSERT_FALSE(article.ok());
  EXPECT_EQ(article.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(article.error().message.rfind(kData + "notes.rtf: unknown article type", 0), 0u);
}

TEST(DocumentReader, ArticleWithOnlyHeadingsHasNoText) {
  Result<Article> article = ReadArticle(kData + "headings-only.md", {});
  ASSERT_FALSE(article.ok());
  EXPECT_EQ(article.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(article.error().message, kData + "headings-only.md: the article has no text");
}

TEST(DocumentReader, WebPageWithOnlyHeadingsIsReadAsItsHeadings) {
  const std::string path = kData + "headings-only.html";
  Result<Article> article = ReadArticle(path, {});
  ASSERT_TRUE(article.ok()) << article.error().message;
  ASSERT_EQ(article->sections.size(), 1u);
  const Section& section = article->sections[0];
  EXPECT_TRUE(section.title_from_article);
  EXPECT_EQ(section.title, "Harbour photographs");
  ASSERT_EQ(section.blocks.size(), 2u);
  EXPECT_EQ(section.blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(section.blocks[0].text, "The north pier at dawn");
  EXPECT_EQ(section.blocks[0].source_line, 9);
  EXPECT_EQ(section.blocks[1].text, "Boats in the winter storm");
  EXPECT_EQ(section.blocks[1].source_line, 11);
  ASSERT_EQ(article->warnings.size(), 1u);
  EXPECT_EQ(article->warnings[0], path +
                                      ":9: the page has only headings (2) and no body text; its "
                                      "headings are read as its text");
}

TEST(DocumentReader, AFolderIsNotAnArticle) {
  Result<Article> article = ReadArticle(std::string(SPOKEN_TEST_DATA) + "/document.md", {});
  // No such path: still kNotFound. A real folder with an article's extension is refused.
  EXPECT_EQ(article.error().code, ErrorCode::kNotFound);
}

TEST(DocumentReader, ArticleWithoutAnyTitleIsTitledBySlug) {
  const std::string path = testing::TempDir() + "untitled-piece.md";
  std::ofstream(path) << "Just a paragraph.\n";
  Result<Article> article = ReadArticle(path, {});
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->info.title, "untitled-piece");
  EXPECT_EQ(article->sections.at(0).title, "untitled-piece");
}

}  // namespace
}  // namespace spoken
