#include "document/html_block_kinds.h"

#include <algorithm>
#include <cctype>

#include "document/inline_text.h"
#include "document/metadata.h"

namespace spoken {
namespace {

// The text of `pre` with its line breaks (TextOf collapses them).
void GatherRaw(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    out += node->v.text.text;
    return;
  }
  if (IsElement(node, GUMBO_TAG_BR)) out += "\n";
  ForEachChild(node, [&](const GumboNode* child) { GatherRaw(child, out); });
}

bool IsLinearMath(const GumboNode* node) {
  bool linear = true;
  ForEachChild(node, [&](const GumboNode* child) {
    if (!linear || child->type != GUMBO_NODE_ELEMENT) return;
    const std::string_view tag = TagName(child);
    linear = (tag == "mrow" || tag == "mi" || tag == "mn" || tag == "mo" || tag == "mtext" ||
              tag == "mspace") &&
             IsLinearMath(child);
  });
  return linear;
}

// The text of each token of a linear MathML expression, separated by spaces.
void GatherTokens(const GumboNode* node, InlineText& tokens) {
  ForEachChild(node, [&](const GumboNode* child) {
    if (child->type == GUMBO_NODE_TEXT) tokens.Append(std::string(child->v.text.text) + " ");
    if (child->type == GUMBO_NODE_ELEMENT) GatherTokens(child, tokens);
  });
}

void GatherRows(const GumboNode* node, std::vector<const GumboNode*>& rows) {
  ForEachChild(node, [&](const GumboNode* child) {
    if (IsElement(child, GUMBO_TAG_TABLE)) return;  // a nested table has rows of its own
    if (IsElement(child, GUMBO_TAG_TR)) {
      rows.push_back(child);
      return;
    }
    GatherRows(child, rows);
  });
}

std::vector<std::string> CellTexts(const GumboNode* row, bool& all_headers) {
  std::vector<std::string> cells;
  all_headers = true;
  ForEachChild(row, [&](const GumboNode* cell) {
    if (!IsElement(cell, GUMBO_TAG_TD) && !IsElement(cell, GUMBO_TAG_TH)) return;
    all_headers = all_headers && IsElement(cell, GUMBO_TAG_TH);
    cells.push_back(TextOf(cell));
  });
  return cells;
}

// The share of the table's cells that hold no letter: figures, dates, marks.
double NumericShare(const std::vector<const GumboNode*>& rows) {
  int cells = 0, numeric = 0;
  for (const GumboNode* row : rows) {
    bool all_headers = false;
    for (const std::string& cell : CellTexts(row, all_headers)) {
      ++cells;
      bool letters = false;
      for (unsigned char c : cell) letters = letters || std::isalpha(c) || c >= 0x80;
      numeric += letters ? 0 : 1;
    }
  }
  return cells == 0 ? 0 : static_cast<double>(numeric) / cells;
}

}  // namespace

bool IsCodeBlock(const GumboNode* pre) {
  if (FindFirst(pre, GUMBO_TAG_CODE, true) != nullptr) return true;
  // Highlighters mark the <pre> or the one or two elements around it.
  const GumboNode* node = pre;
  for (int level = 0; node != nullptr && level < 3; ++level, node = Parent(node)) {
    const std::string hints = ClassAndId(node);
    for (std::string_view word :
         {"code", "highlight", "source", "lang-", "language-", "prettyprint", "listing"}) {
      if (hints.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

int CodeLineCount(const GumboNode* pre) {
  std::string raw;
  GatherRaw(pre, raw);
  int lines = 0;
  bool line_has_text = false;
  for (char c : raw + "\n") {
    if (c == '\n') {
      lines += line_has_text ? 1 : 0;
      line_has_text = false;
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      line_has_text = true;
    }
  }
  return lines;
}

std::string MathText(const GumboNode* math) {
  if (const char* alt = Attribute(math, "alttext"); alt != nullptr) {
    std::string text = CollapseWhitespace(alt);
    if (!text.empty()) return text;
  }
  if (!IsLinearMath(math)) return {};
  InlineText tokens;
  GatherTokens(math, tokens);
  return tokens.text().size() <= kMaxMathChars ? tokens.text() : std::string();
}

TableReading ReadDataTable(const GumboNode* table) {
  TableReading reading;
  std::vector<const GumboNode*> rows;
  GatherRows(table, rows);
  size_t columns = 0;
  for (const GumboNode* row : rows) {
    bool all_headers = false;
    columns = std::max(columns, CellTexts(row, all_headers).size());
  }
  const GumboNode* caption = FindFirst(table, GUMBO_TAG_CAPTION, false);
  reading.caption = caption == nullptr ? std::string() : TextOf(caption);
  if (columns > kMaxReadColumns ||
      (rows.size() > kMaxReadRows && NumericShare(rows) > kMaxNumericShare)) {
    reading.summarized = true;
    reading.row_count = rows.size();
    reading.column_count = columns;
    return reading;
  }
  std::vector<std::string> headers;
  for (const GumboNode* row : rows) {
    bool all_headers = false;
    std::vector<std::string> cells = CellTexts(row, all_headers);
    if (all_headers && headers.empty()) {
      headers = std::move(cells);
      continue;
    }
    std::string text;
    for (size_t i = 0; i < cells.size(); ++i) {
      if (cells[i].empty()) continue;
      if (!text.empty()) text += "; ";
      if (i < headers.size() && !headers[i].empty()) text += headers[i] + ": ";
      text += cells[i];
    }
    if (!text.empty()) reading.rows.emplace_back(row, std::move(text));
  }
  return reading;
}

bool IsFileName(std::string_view alt) {
  alt = TrimAscii(alt);
  if (alt.find(' ') != std::string_view::npos) return false;
  const size_t dot = alt.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string extension(alt.substr(dot + 1));
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view image : {"jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp"}) {
    if (extension == image) return true;
  }
  return false;
}

}  // namespace spoken
