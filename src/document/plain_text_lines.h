// Line-level judgements for the plain-text reader: what a line of scraped or typed text
// looks like (a sentence, a heading, a list item, an attributed quote). Pure functions on
// UTF-8 text; no state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spoken {

/// One line of the source: trimmed text and its 1-based line number.
struct TextLine {
  std::string text;  // ASCII whitespace trimmed at both ends
  int number = 0;
};

/// Splits UTF-8 text into lines (LF, CRLF or CR), trimming each; a BOM is skipped.
std::vector<TextLine> SplitLines(std::string_view source);

/// Words separated by ASCII whitespace.
int WordCount(std::string_view text);

/// True when the text reads as running prose: it ends with sentence punctuation
/// (. ! ? … or :), possibly followed by closing quotes or brackets, or it holds a sentence
/// end inside (". " followed by a capital letter, digit, quote or bracket). Headlines,
/// labels and menu entries usually are not.
bool IsSentenceLike(std::string_view text);

/// True for a line shaped like a heading: at most `kMaxHeadingWords` words, not starting
/// with a lowercase ASCII letter, and not ending in . , ; : ! (a question mark is allowed).
/// Whether it *is* a heading depends on what follows (see plain_text_reader.h).
bool IsHeadingShaped(std::string_view text);
inline constexpr int kMaxHeadingWords = 12;

/// A list marker at the start of a line: a bullet glyph (• ◦ ▪ ‣ ⁃ · – - * +) or a number
/// with `.` or `)`, followed by a space.
struct ListMarker {
  bool found = false;
  bool ordered = false;
  size_t text_begin = 0;  // where the item's text starts in the line
};
ListMarker FindListMarker(std::string_view line);

/// True for a paragraph that opens with a quotation mark and ends with a closing quotation
/// mark followed by a dash attribution: `"…" — Name`, `“…” – Name, Title`.
bool IsAttributedQuote(std::string_view paragraph);

/// When `line` is `title` plus a separator (" - ", " | ", " – ", " — ", " · ") plus a short
/// tail (or the tail first), returns the tail (a site name); else an empty view.
std::string_view SiteNameBesideTitle(std::string_view line, std::string_view title);

}  // namespace spoken
