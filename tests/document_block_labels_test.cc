// The words the HTML reader adds (images, tables, code, formulas, notes) are in the
// article's language, and a language without such words gets none (document/block_labels).
#include <gtest/gtest.h>

#include <string>

#include "document/block_labels.h"
#include "document/html_reader.h"

namespace spoken {
namespace {

const char kPage[] =
    "<body><p>Los cables<sup><a href=\"#fn1\" id=\"r1\">1</a></sup> son nuevos.</p>"
    "<figure><img src=\"puente.jpg\" alt=\"x\"><figcaption>El puente al alba."
    "</figcaption></figure>"
    "<pre><code>uno\ndos\n</code></pre>"
    "<p>La suma <math><mi>x</mi><mo>=</mo><mfrac><mi>a</mi><mi>b</mi></mfrac></math> vale.</p>"
    "<section class=\"footnotes\" role=\"doc-endnotes\"><ol>"
    "<li id=\"fn1\"><p>Obras del puerto. <a href=\"#r1\">\u21A9</a></p></li>"
    "</ol></section></body>";

std::string AllText(const Article& article) {
  std::string all;
  for (const Section& section : article.sections) {
    all += "# " + section.title + "\n";
    for (const Block& block : section.blocks) all += block.text + "\n";
  }
  return all;
}

std::string Read(const std::string& language, FootnoteStyle footnotes = FootnoteStyle::kEnd) {
  Result<Article> article =
      ReadHtml(kPage, ArticleInfo{.title = "T", .language = language, .footnotes = footnotes});
  EXPECT_TRUE(article.ok());
  return article.ok() ? AllText(*article) : "";
}

TEST(BlockLabels, ATabledLanguageAnnouncesInItsOwnWords) {
  EXPECT_EQ(Read("es-ES"),
            "# T\nLos cables son nuevos.\nImagen: El puente al alba.\n"
            "Ejemplo de código, 2 líneas\nLa suma una fórmula vale.\n# Notas\nObras del puerto.\n");
  EXPECT_EQ(Read("es", FootnoteStyle::kInline),
            "# T\nLos cables (Nota: Obras del puerto.) son nuevos.\nImagen: El puente al alba.\n"
            "Ejemplo de código, 2 líneas\nLa suma una fórmula vale.\n");
}

TEST(BlockLabels, ALanguageWithoutLabelsGetsNoWordsOfAnother) {
  // The image by its caption, no code or formula announcement, the notes closing the last
  // section, a note read where referenced in parentheses alone.
  EXPECT_EQ(Read("ru"),
            "# T\nLos cables son nuevos.\nEl puente al alba.\nLa suma vale.\nObras del puerto.\n");
  EXPECT_EQ(Read("ru", FootnoteStyle::kInline),
            "# T\nLos cables (Obras del puerto.) son nuevos.\nEl puente al alba.\nLa suma vale.\n");
}

TEST(BlockLabels, SummariesCountInTheLanguagesWords) {
  const BlockLabels* german = BlockLabelsFor("de-AT");
  ASSERT_NE(german, nullptr);
  EXPECT_EQ(TableSummary(*german, 40, 9), "Tabelle: 40 Zeilen, 9 Spalten");
  EXPECT_EQ(CodeAnnouncement(*german, 1), "Codebeispiel, 1 Zeile");
  EXPECT_EQ(CodeAnnouncement(*BlockLabelsFor(""), 3), "Code example, 3 lines");
  EXPECT_EQ(BlockLabelsFor("fi"), nullptr);
}

}  // namespace
}  // namespace spoken
