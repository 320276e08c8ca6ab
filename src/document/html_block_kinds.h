// What a web page's special blocks read as: data tables, code listings, formulas, images.
// The rules the HTML block walker (html_block_walker.h) applies to each kind.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document/html_dom.h"

namespace spoken {

inline constexpr int kMaxReadRows = 30;
inline constexpr size_t kMaxReadColumns = 8;
inline constexpr double kMaxNumericShare = 0.5;
inline constexpr size_t kMaxMathChars = 40;

/// A data table as it is read aloud.
struct TableReading {
  /// True when the table is announced instead of read (document/block_labels.h,
  /// TableSummary): wider than kMaxReadColumns, or more than kMaxReadRows rows with most
  /// cells (over kMaxNumericShare) holding no letter; `rows` is then empty.
  bool summarized = false;
  size_t row_count = 0;
  size_t column_count = 0;
  std::string caption;
  /// Each row but the header row (the first row of <th> only), with its text: the non-empty
  /// cells joined by "; ", each after its column header ("Cost: 4 million").
  std::vector<std::pair<const GumboNode*, std::string>> rows;
};
TableReading ReadDataTable(const GumboNode* table);

/// True for a <pre> of program code rather than preformatted prose or verse: it holds
/// <code>, or it or one of its two nearest ancestors has a highlighter's class
/// ("highlight", "language-", "prettyprint", "source" ...).
bool IsCodeBlock(const GumboNode* pre);

/// The lines of `pre` that hold something other than whitespace.
int CodeLineCount(const GumboNode* pre);

/// What a <math> element reads as: its alttext, else the tokens of a linear expression
/// (mi, mn, mo, mtext in mrows: "y = 1") up to kMaxMathChars; "" when it is to be
/// announced instead (fractions, roots, scripts, tables, long expressions).
std::string MathText(const GumboNode* math);

/// True when an alt text is only a picture's file name ("IMG_3886.jpg"): it describes
/// nothing.
bool IsFileName(std::string_view alt);

}  // namespace spoken
