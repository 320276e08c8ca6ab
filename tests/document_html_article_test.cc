// The HTML reader on whole pages: finding the article, metadata, block kinds, what is
// skipped and why (document/content_finder, html_metadata, html_block_walker).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "document/html_reader.h"
#include "document/reader.h"

namespace spoken {
namespace {

const std::string kData = std::string(SPOKEN_TEST_DATA) + "/document/";

Article ReadPage(const std::string& html) {
  Result<Article> article = ReadHtml(html, ArticleInfo{.language = "en-US"});
  EXPECT_TRUE(article.ok());
  return article.ok() ? *article : Article();
}

Article ReadNewsPage() {
  Result<Article> article = ReadArticle(kData + "news-page.html", ArticleInfo{});
  EXPECT_TRUE(article.ok()) << article.error().message;
  return article.ok() ? *article : Article();
}

std::string AllText(const Article& article) {
  std::string all;
  for (const Section& section : article.sections) {
    for (const Block& block : section.blocks) all += block.text + "\n";
  }
  return all;
}

const Block* FindBlock(const Article& article, BlockKind kind) {
  for (const Section& section : article.sections) {
    for (const Block& block : section.blocks) {
      if (block.kind == kind) return &block;
    }
  }
  return nullptr;
}

std::string ReasonSkipped(const Article& article, const std::string& what) {
  for (const SkippedContent& item : article.skipped) {
    if (item.what == what) return item.reason;
  }
  return "(not listed)";
}

// A long paragraph of prose, enough for the content score to see an article.
std::string Prose(const std::string& topic) {
  return "<p>The " + topic +
         " was discussed at length, with many details, figures, and "
         "opinions from residents, engineers, officials and visitors, who all agreed that it "
         "mattered, that it took time, and that the result was worth the wait.</p>";
}

TEST(DocumentHtmlArticle, NewsPageMetadataComesFromLinkedData) {
  Article article = ReadNewsPage();
  EXPECT_EQ(article.info.title, "Harbour bridge reopens after repairs");
  EXPECT_EQ(article.info.author, "Ana Ruiz, Tom Oduya");
  EXPECT_EQ(article.info.date, "2026-03-14");
  EXPECT_EQ(article.info.image, "https://crbc.example/bridge.jpg");
  EXPECT_EQ(article.info.language, "en-GB");
  EXPECT_EQ(article.info.description, "The bridge is open again.");
}

TEST(DocumentHtmlArticle, NewsPageReadsTheStoryAndNotTheFurniture) {
  Article article = ReadNewsPage();
  const std::string text = AllText(article);
  EXPECT_NE(text.find("The harbour bridge reopened"), std::string::npos);
  EXPECT_NE(text.find("Engineers will check"), std::string::npos);
  for (const char* furniture :
       {"cookies", "Sport", "Storm warning", "Share", "Ferry fares", "Most read",
        "morning briefing", "Copyright", "By Ana Ruiz", "Do not read"}) {
    EXPECT_EQ(text.find(furniture), std::string::npos) << furniture;
  }
  ASSERT_EQ(article.sections.size(), 2u);
  EXPECT_EQ(article.sections[1].title, "What changed");
}

TEST(DocumentHtmlArticle, NewsPageListsWhatItSkippedAndWhy) {
  Article article = ReadNewsPage();
  EXPECT_EQ(ReasonSkipped(article, "div#cookie-banner"), "cookie or consent notice");
  EXPECT_EQ(ReasonSkipped(article, "header.site-header"), "page header");
  EXPECT_EQ(ReasonSkipped(article, "div.share-tools"), "share buttons");
  EXPECT_EQ(ReasonSkipped(article, "div.related-stories"), "related links");
  EXPECT_EQ(ReasonSkipped(article, "aside.sidebar"), "aside");
  EXPECT_EQ(ReasonSkipped(article, "div.newsletter-signup"), "newsletter sign-up");
  EXPECT_EQ(ReasonSkipped(article, "span"), "hidden");
  EXPECT_EQ(ReasonSkipped(article, "article.teaser"), "outside the article");
  EXPECT_EQ(ReasonSkipped(article, "pre"), "code, announced and not read");
}

TEST(DocumentHtmlArticle, NewsPageSaysWhatEachBlockIs) {
  Article article = ReadNewsPage();
  const Block* figure = FindBlock(article, BlockKind::kFigure);
  ASSERT_NE(figure, nullptr);
  EXPECT_EQ(figure->text, "Image: The bridge at dawn on Saturday.");
  const Block* row = FindBlock(article, BlockKind::kTableRow);
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->text, "Item: Cables; Cost: 4 million");
  const Block* code = FindBlock(article, BlockKind::kCode);
  ASSERT_NE(code, nullptr);
  EXPECT_EQ(code->text, "Code example, 2 lines");
}

TEST(DocumentHtmlArticle, TheScoredArticleWinsOverTheFirstArticleElement) {
  Article article = ReadPage("<body><article><p>Teaser: read more.</p></article><div>" +
                             Prose("bridge") + Prose("harbour") + Prose("ferry") + "</div></body>");
  const std::string text = AllText(article);
  EXPECT_EQ(text.find("Teaser"), std::string::npos);
  EXPECT_NE(text.find("The ferry was discussed"), std::string::npos);
}

TEST(DocumentHtmlArticle, APageWrappedInOneFormStillHasText) {
  Article article = ReadPage(
      "<body><form id=\"aspnetForm\"><div class=\"menu\">Home</div>"
      "<div id=\"content\">" +
      Prose("budget") + Prose("vote") + "</div></form></body>");
  const std::string text = AllText(article);
  EXPECT_NE(text.find("The budget was discussed"), std::string::npos);
  EXPECT_EQ(text.find("Home"), std::string::npos);
}

TEST(DocumentHtmlArticle, LinkListsInsideTheArticleAreCleaned) {
  Article article = ReadPage("<body><div class=\"post\">" + Prose("bridge") + Prose("harbour") +
                             "<div class=\"tags\"><p><a href=\"/1\">bridges</a></p>"
                             "<p><a href=\"/2\">harbours</a></p></div></div></body>");
  EXPECT_EQ(AllText(article).find("bridges"), std::string::npos);
}

TEST(DocumentHtmlArticle, TheTitleLosesTheSiteName) {
  Article article = ReadPage(
      "<head><title>Harbour bridge reopens after repairs - CRBC News</title></head>"
      "<body>" +
      Prose("bridge") + "</body>");
  EXPECT_EQ(article.info.title, "Harbour bridge reopens after repairs");
}

TEST(DocumentHtmlArticle, AShortTitleKeepsTheSiteNameUnlessAnH1SaysIt) {
  EXPECT_EQ(
      ReadPage("<head><title>Budget vote - CRBC</title></head><body><p>x</p></body>").info.title,
      "Budget vote - CRBC");
  EXPECT_EQ(ReadPage("<head><title>Budget vote - CRBC</title></head>"
                     "<body><h1>Budget vote</h1><p>x</p></body>")
                .info.title,
            "Budget vote");
}

TEST(DocumentHtmlArticle, TheAuthorFallsBackToTheBylineElement) {
  Article article = ReadPage(
      "<body><div class=\"post\"><p class=\"byline\">By <span "
      "itemprop=\"name\">Ann Lee</span>, 9:30</p>" +
      Prose("bridge") + "</div></body>");
  EXPECT_EQ(article.info.author, "Ann Lee");
  EXPECT_EQ(AllText(article).find("Ann Lee"), std::string::npos);
}

TEST(DocumentHtmlArticle, MathIsReadFromItsAltTextOrAnnounced) {
  Article article = ReadPage(
      "<body><p>So <math alttext=\"x squared\"><msup><mi>x</mi><mn>2</mn></msup></math> "
      "grows, and <math><mi>y</mi><mo>=</mo><mn>1</mn></math> holds, and <math><mfrac>"
      "<mrow><mi>a</mi><mo>+</mo><mi>b</mi><mo>+</mo><mi>c</mi><mo>+</mo><mi>d</mi><mo>+</mo>"
      "<mi>e</mi><mo>+</mo><mi>f</mi><mo>+</mo><mi>g</mi><mo>+</mo><mi>h</mi></mrow>"
      "<mrow><mi>i</mi><mo>+</mo><mi>j</mi><mo>+</mo><mi>k</mi><mo>+</mo><mi>l</mi><mo>+</mo>"
      "<mi>m</mi><mo>+</mo><mi>n</mi></mrow></mfrac></math> too.</p></body>");
  EXPECT_EQ(AllText(article), "So x squared grows, and y = 1 holds, and a formula too.\n");
  EXPECT_EQ(ReasonSkipped(article, "math"), "formula without alt text, announced");
}

TEST(DocumentHtmlArticle, WideTablesAreSummarized) {
  std::string row = "<tr>";
  for (int i = 0; i < 9; ++i) row += "<td>v" + std::to_string(i) + "</td>";
  row += "</tr>";
  Article article = ReadPage("<body><table><caption>Results</caption>" + row + row + row + row +
                             "</table></body>");
  const Block* table = FindBlock(article, BlockKind::kTable);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->text, "Table: 4 rows, 9 columns: Results");
}

const char kFootnotedPage[] =
    "<body><p>The cables were replaced<sup><a href=\"#fn1\" id=\"r1\">1</a></sup> in "
    "spring.</p><section class=\"footnotes\" role=\"doc-endnotes\"><ol>"
    "<li id=\"fn1\"><p>By Harbour Works Ltd. <a href=\"#r1\">\u21A9</a></p></li>"
    "</ol></section></body>";

Article ReadWithFootnotes(FootnoteStyle style) {
  Result<Article> article =
      ReadHtml(kFootnotedPage, ArticleInfo{.language = "en-US", .footnotes = style});
  EXPECT_TRUE(article.ok());
  return article.ok() ? *article : Article();
}

TEST(DocumentHtmlArticle, FootnotesAreCollectedAtTheEndByDefault) {
  Article article = ReadWithFootnotes(FootnoteStyle::kEnd);
  ASSERT_EQ(article.sections.size(), 2u);
  EXPECT_EQ(article.sections[0].blocks.at(0).text, "The cables were replaced in spring.");
  EXPECT_EQ(article.sections[1].title, "Notes");
  EXPECT_EQ(article.sections[1].blocks.at(0).text, "By Harbour Works Ltd.");
  EXPECT_EQ(article.sections[1].blocks.at(0).kind, BlockKind::kNote);
  // The reference stays where it was, for the EPUB and the page to link to the note.
  const std::vector<NoteRef>& refs = article.sections[0].blocks.at(0).note_refs;
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].at, std::string_view("The cables were replaced").size());
  EXPECT_EQ(refs[0].number, 1);
  EXPECT_EQ(ReasonSkipped(article, "section.footnotes"), "footnotes, read at the end");
}

TEST(DocumentHtmlArticle, FootnotesCanBeReadWhereReferencedOrSkipped) {
  EXPECT_EQ(AllText(ReadWithFootnotes(FootnoteStyle::kInline)),
            "The cables were replaced (Footnote: By Harbour Works Ltd.) in spring.\n");
  EXPECT_EQ(AllText(ReadWithFootnotes(FootnoteStyle::kSkip)),
            "The cables were replaced in spring.\n");
}

TEST(DocumentHtmlArticle, SphinxPagesGiveTheirTitleAndSections) {
  const std::string page = "/usr/share/doc/python3.11/html/howto/sorting.html";
  if (!std::filesystem::exists(page)) GTEST_SKIP() << "python3.11-doc is not installed";
  Result<Article> article = ReadArticle(page, ArticleInfo{});
  ASSERT_TRUE(article.ok()) << article.error().message;
  EXPECT_EQ(article->info.title, "Sorting HOW TO");
  ASSERT_GE(article->sections.size(), 5u);
  EXPECT_EQ(article->sections[1].title, "Sorting Basics");
  const std::string text = AllText(*article);
  EXPECT_EQ(text.find("Previous topic"), std::string::npos);
  EXPECT_EQ(text.find("\u00B6"), std::string::npos);
  EXPECT_NE(FindBlock(*article, BlockKind::kCode), nullptr);
}

TEST(DocumentHtmlArticle, EverySphinxPageReadsWithoutFailing) {
  const std::filesystem::path folder = "/usr/share/doc/python3.11/html/howto";
  if (!std::filesystem::exists(folder)) GTEST_SKIP() << "python3.11-doc is not installed";
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".html") continue;
    Result<Article> article = ReadArticle(entry.path().string(), ArticleInfo{});
    ASSERT_TRUE(article.ok()) << entry.path() << ": " << article.error().message;
    EXPECT_FALSE(article->info.title.empty()) << entry.path();
  }
}

}  // namespace
}  // namespace spoken
