// Tables, figures and notes in the article's markup (article_structures.h, article_html.h):
// which structure each block is in, and how the EPUB's XHTML and the page write them.
#include <gtest/gtest.h>

#include <sstream>

#include "publish/article_html.h"
#include "publish/article_structures.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

ScriptBlock OneSentence(ScriptBlockKind kind, const std::string& id, const std::string& text) {
  ScriptBlock block{.kind = kind, .text = text};
  block.sentences.push_back(PlainSentence(id, text));
  return block;
}

// Section 1: a paragraph of two sentences referring to notes 1 (after the first) and 2
// (inside the second); a captioned table of two rows; a table too large to read (no rows); a
// figure; rows of a table without a caption. Section 2: the two notes.
Script StructuredScript() {
  Script script;
  ScriptBlock paragraph{.kind = ScriptBlockKind::kParagraph,
                        .text = "Bones peak early. Values vary by site.",
                        .note_refs = {{.at = 17, .number = 1}, {.at = 31, .number = 2}}};
  paragraph.sentences = {PlainSentence("s1", "Bones peak early."),
                         PlainSentence("s2", "Values vary by site.", 18)};
  ScriptSection body{
      .title = "Body",
      .blocks = {paragraph, OneSentence(ScriptBlockKind::kTable, "s3", "Table: Density"),
                 OneSentence(ScriptBlockKind::kTableRow, "s4", "Age: 30"),
                 OneSentence(ScriptBlockKind::kTableRow, "s5", "Age: 70"),
                 OneSentence(ScriptBlockKind::kTable, "s6", "Table: 40 rows"),
                 OneSentence(ScriptBlockKind::kFigure, "s7", "Image: A hip"),
                 OneSentence(ScriptBlockKind::kTableRow, "s8", "Site: hip")}};
  ScriptSection notes{.title = "Notes",
                      .blocks = {OneSentence(ScriptBlockKind::kNote, "s9", "At 25."),
                                 OneSentence(ScriptBlockKind::kNote, "s10", "By DXA.")}};
  for (ScriptBlock& note : notes.blocks) {
    note.list_id = 1;
    note.ordered_list = true;
  }
  script.sections = {body, notes};
  return script;
}

std::string Body(const Script& script, size_t s, LangMarkup markup) {
  std::ostringstream out;
  WriteBodyBlocks(
      script, s, markup,
      [](const ScriptBlock&, const Sentence& sentence) { return "[" + sentence.id + "]"; }, out);
  return out.str();
}

TEST(ArticleStructures, TablesFiguresAndNotesWithTheIdsOfTheirElements) {
  const Script script = StructuredScript();
  EXPECT_EQ(StructuresOf(script, 0), (std::vector<Structure>{{},
                                                             {"table", "table-s3"},
                                                             {"table", "table-s3"},
                                                             {"table", "table-s3"},
                                                             {},
                                                             {"figure", "figure-s7"},
                                                             {"table", "table-s8"}}));
  EXPECT_EQ(StructuresOf(script, 1),
            (std::vector<Structure>{{"endnote", "note-1"}, {"endnote", "note-2"}}));
}

TEST(ArticleStructures, XhtmlMarksThemWithEpubTypeAndRoles) {
  const Script script = StructuredScript();
  EXPECT_EQ(Body(script, 0, LangMarkup::kXhtml),
            "<p>[s1]<sup><a href=\"#note-1\" epub:type=\"noteref\" role=\"doc-noteref\">1</a>"
            "</sup> [s2]<sup><a href=\"#note-2\" epub:type=\"noteref\" role=\"doc-noteref\">2</a>"
            "</sup></p>\n"
            "<table id=\"table-s3\" epub:type=\"table\">\n<caption>[s3]</caption>\n<tbody>\n"
            "<tr><td>[s4]</td></tr>\n<tr><td>[s5]</td></tr>\n</tbody></table>\n"
            "<p>[s6]</p>\n"
            "<figure id=\"figure-s7\" epub:type=\"figure\"><figcaption>[s7]</figcaption></figure>\n"
            "<table id=\"table-s8\" epub:type=\"table\">\n<tbody>\n<tr><td>[s8]</td></tr>\n"
            "</tbody></table>\n");
  EXPECT_EQ(Body(script, 1, LangMarkup::kXhtml),
            "<ol>\n<li id=\"note-1\" epub:type=\"endnote\">[s9]</li>\n"
            "<li id=\"note-2\" epub:type=\"endnote\">[s10]</li>\n</ol>\n");
  EXPECT_EQ(SectionSemantics(script.sections[1], LangMarkup::kXhtml),
            " epub:type=\"endnotes\" role=\"doc-endnotes\"");
  EXPECT_EQ(SectionSemantics(script.sections[0], LangMarkup::kXhtml), "");
}

TEST(ArticleStructures, TheHtmlPageHasTheSameStructureWithoutEpubType) {
  const Script script = StructuredScript();
  for (size_t s = 0; s < script.sections.size(); ++s) {
    std::string xhtml = Body(script, s, LangMarkup::kXhtml);
    for (const char* type : {" epub:type=\"noteref\"", " epub:type=\"table\"",
                             " epub:type=\"figure\"", " epub:type=\"endnote\""}) {
      for (size_t at; (at = xhtml.find(type)) != std::string::npos;) {
        xhtml.erase(at, std::string_view(type).size());
      }
    }
    EXPECT_EQ(Body(script, s, LangMarkup::kHtml), xhtml);
  }
  EXPECT_EQ(SectionSemantics(script.sections[1], LangMarkup::kHtml), " role=\"doc-endnotes\"");
}

}  // namespace
}  // namespace spoken
