#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/html_nesting.h"
#include "document/html_reader.h"

namespace spoken {
namespace {

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

std::vector<std::string> Texts(const Article& article) {
  std::vector<std::string> texts;
  for (const Section& section : article.sections) {
    for (const Block& block : section.blocks) texts.push_back(block.text);
  }
  return texts;
}

Article Read(const std::string& html) {
  Result<Article> article = ReadHtml(html, {.source_path = "deep.html", .language = "en-US"});
  EXPECT_TRUE(article.ok()) << (article.ok() ? "" : article.error().message);
  return article.ok() ? *article : Article();
}

TEST(HtmlNesting, OrdinaryPagesAreNotCopied) {
  // Unclosed paragraphs, list items and cells are siblings in HTML, not nesting.
  const std::string page = "<html><body>" + Repeat("<p>para", 2000) +
                           Repeat("<ul>" + Repeat("<li>item", 600) + "</ul>", 2) + "<table>" +
                           Repeat("<tr><td>a<td>b", 900) + "</table>" +
                           Repeat("<dl><dt>t<dd>d</dl>", 700) + "</body></html>";
  EXPECT_FALSE(BoundHtmlNesting(page, kMaxHtmlNesting).has_value());
}

TEST(HtmlNesting, MarkupInsideScriptsAndCommentsIsNotCounted) {
  const std::string page = "<script>" + Repeat("<div>", 2000) + "</script><!--" +
                           Repeat("<div>", 2000) + "--><textarea>" + Repeat("<b>", 2000) +
                           "</textarea><p title=\"<div>>\">x</p>";
  EXPECT_FALSE(BoundHtmlNesting(page, 100).has_value());
}

TEST(HtmlNesting, TagsBelowTheBoundBecomeSpacesAndKeepLines) {
  const std::string page =
      Repeat("<div>", 5) + "a<div\nclass=x>b<b>c</b></div>d" + Repeat("</div>", 5) + "<p>after</p>";
  std::optional<FlattenedHtml> flattened = BoundHtmlNesting(page, 7);  // html, body, 5 divs
  ASSERT_TRUE(flattened.has_value());
  EXPECT_EQ(flattened->html,
            Repeat("<div>", 5) + "a \nb c  d" + Repeat("</div>", 5) + "<p>after</p>");
  EXPECT_EQ(flattened->elements, 2u);
  EXPECT_EQ(flattened->first_line, 1);
  EXPECT_EQ(flattened->tag_summary, "b 1, div 1");
}

TEST(HtmlNesting, DeepTablesCountTheirImpliedBodies) {
  // gumbo adds <tbody> to each table: 4 levels per table, not 3, below <html> and <body>.
  EXPECT_FALSE(BoundHtmlNesting(Repeat("<table><tr><td>", 127) + "cell", 512).has_value());
  EXPECT_TRUE(BoundHtmlNesting(Repeat("<table><tr><td>", 128) + "cell", 512).has_value());
}

TEST(HtmlNesting, ThirtyThousandNestedDivsKeepTheirTextWithAWarning) {
  const std::string page = "<title>Deep</title><p>Intro words.</p>\n" + Repeat("<div>", 30000) +
                           "<p>Deep text inside.</p>" + Repeat("</div>", 30000) +
                           "<p>After the divs.</p>";
  Article article = Read(page);
  EXPECT_EQ(Texts(article),
            (std::vector<std::string>{"Intro words.", "Deep text inside.", "After the divs."}));
  ASSERT_EQ(article.warnings.size(), 1u);
  EXPECT_EQ(article.warnings[0],
            "deep.html:2: elements nested more than 512 deep; the tags of 29491 elements below "
            "that depth were left out (div 29490, p 1) and their text is read as running text");
}

TEST(HtmlNesting, DeepFormattingAndQuotesAreRead) {
  Article bold = Read("<p>" + Repeat("<b>", 100000) + "bold words" + Repeat("</b>", 100000) +
                      " and more.</p>");
  EXPECT_EQ(Texts(bold), (std::vector<std::string>{"bold words and more."}));
  Article quotes = Read(Repeat("<blockquote>", 30000) + "<p>Deep quote.</p>");
  EXPECT_EQ(Texts(quotes), (std::vector<std::string>{"Deep quote."}));
  Article lists = Read(Repeat("<ul><li>", 15000) + "item");
  EXPECT_EQ(Texts(lists), (std::vector<std::string>{"item"}));
}

TEST(HtmlNesting, FormattingLeftOpenAcrossBlocksIsBounded) {
  // Each <b> is closed by </p>, not by </b>: the parser reopens every one of them in each
  // later paragraph, nesting them all: 3000 deep and 4.5 million elements without the bound.
  std::string page;
  for (int i = 0; i < 3000; ++i) page += "<p><b id=" + std::to_string(i) + ">x</p>";
  page += "<p>The end.</p>";
  std::optional<FlattenedHtml> flattened = BoundHtmlNesting(page, kMaxHtmlNesting);
  ASSERT_TRUE(flattened.has_value());
  EXPECT_EQ(flattened->elements, 0u);
  EXPECT_EQ(flattened->formatting, 3000u - kMaxDanglingFormatting);
  EXPECT_EQ(flattened->formatting_summary, "b 2997");
  Article article = Read(page);
  EXPECT_EQ(Texts(article).size(), 3001u);
  EXPECT_EQ(Texts(article).back(), "The end.");
  ASSERT_EQ(article.warnings.size(), 1u);
  EXPECT_EQ(article.warnings[0],
            "deep.html:1: 2997 formatting tags left open across blocks were left out (b 2997); "
            "their text is kept");
}

TEST(HtmlNesting, ClosedOrCellBoundFormattingIsKept) {
  std::string page;
  for (int i = 0; i < 100; ++i) page += "<p><b>bold</b> and <i>italic</i></p>";
  for (int i = 0; i < 100; ++i) page += "<table><tr><td><b>cell</td></tr></table>";
  EXPECT_FALSE(BoundHtmlNesting(page, kMaxHtmlNesting).has_value());
}

}  // namespace
}  // namespace spoken
