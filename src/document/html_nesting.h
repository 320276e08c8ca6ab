// HtmlNesting: bounds how deep an HTML page nests before gumbo parses it. gumbo 0.10 spends
// time in proportion to the depth on every tag (scope checks walk the open elements) and
// frees its tree recursively, and the readers in document/ walk the tree recursively, so a
// page of 30,000 nested <div> would take minutes and overflow the stack. Browsers bound the
// depth the same way (Chromium's parser stops nesting at 512 elements).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace spoken {

/// The deepest element nesting the HTML reader keeps, counted from <html>.
inline constexpr int kMaxHtmlNesting = 512;

/// What BoundHtmlNesting changed.
struct FlattenedHtml {
  std::string html;         // the page with the tags below the bound left out
  size_t elements = 0;      // elements whose start tags were left out
  int first_line = 0;       // 1-based line of the first of them
  std::string tag_summary;  // the most common of their tags with counts: "div 29488, p 1"
};

/// Leaves out the start and end tags of elements that would nest deeper than `max_depth`,
/// keeping everything between them (text, void elements such as <img>, comments) in order,
/// so that no text is lost: it joins the running text of the element at the bound. Each
/// left-out tag becomes one space (and the line breaks it held), so words stay apart and
/// line numbers stay right. The depth is estimated by a tag scanner that knows raw-text
/// elements, comments, void elements and the common implied end tags (<p>, <li>, table
/// cells); it never underestimates what gumbo builds for ordinary markup. Returns nullopt
/// when the page never nests deeper than `max_depth` (the usual case; nothing is copied).
/// Time and memory are linear in the size of `html`. `html` is UTF-8.
std::optional<FlattenedHtml> BoundHtmlNesting(std::string_view html, int max_depth);

}  // namespace spoken
