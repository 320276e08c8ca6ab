// BlockLabels: the words the HTML reader says in place of what it does not read word for
// word (an image, a table too large to read, a code listing, a formula, notes), in the
// article's language, so that an edition in Spanish does not say "Image" or "Notes".
#pragma once

#include <string>
#include <string_view>

namespace spoken {

struct BlockLabels {
  std::string_view image;     // before an image's description: "Image: "
  std::string_view table;     // before a table's caption: "Table: "
  std::string_view rows;      // "rows" in "Table: 40 rows, 9 columns"
  std::string_view columns;   // "columns"
  std::string_view code;      // "Code example" in "Code example, 12 lines"
  std::string_view line;      // "line" (one line of code)
  std::string_view lines;     // "lines"
  std::string_view notes;     // the title of the end notes' section: "Notes"
  std::string_view formula;   // a formula without alt text: "a formula"
  std::string_view footnote;  // before a note read where referenced: "Footnote: "
};

/// The labels for the BCP 47 `language` (any case, "-" or "_"): hand-written for en, de, es,
/// fr, it and pt, English for "" (no language known); nullptr for any other language, which
/// has no such words: its reader says nothing of its own (an image is read by its
/// description, a captioned table by its caption, a code listing, a table too large to read
/// or a formula without alt text is not announced, a note read where referenced is read in
/// parentheses, and end notes close the last section).
const BlockLabels* BlockLabelsFor(std::string_view language);

/// "Table: 40 rows, 9 columns" in `labels`' words.
std::string TableSummary(const BlockLabels& labels, size_t rows, size_t columns);

/// "Code example, 12 lines" in `labels`' words.
std::string CodeAnnouncement(const BlockLabels& labels, int lines);

}  // namespace spoken
