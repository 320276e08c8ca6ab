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

/// The most formatting elements (b, i, em, strong ...) left open across blocks that the
/// reader keeps: the parser reopens each in every later block, so more multiply the tree.
inline constexpr size_t kMaxDanglingFormatting = 3;

/// What BoundHtmlNesting changed.
struct FlattenedHtml {
  std::string html;                // the page with those tags left out
  size_t elements = 0;             // elements below the bound whose tags were left out
  int first_line = 0;              // 1-based line of the first tag left out
  std::string tag_summary;         // the most common of their tags with counts: "div 29488, p 1"
  size_t formatting = 0;           // formatting start tags left out beyond kMaxDanglingFormatting
  std::string formatting_summary;  // likewise: "b 2997"
};

/// Leaves out the start and end tags of elements that would nest deeper than `max_depth`,
/// and the start tags of formatting elements opened while kMaxDanglingFormatting others
/// are left open across blocks,
/// keeping everything between them (text, void elements such as <img>, comments) in order,
/// so that no text is lost: it joins the running text of the element at the bound. Each
/// left-out tag becomes one space (and the line breaks it held), so words stay apart and
/// line numbers stay right. The depth is estimated by a tag scanner that knows raw-text
/// elements, comments, void elements and the common implied end tags (<p>, <li>, table
/// cells). Returns nullopt when nothing is left out (the usual case; nothing is copied).
/// Time and memory are linear in the size of `html`. `html` is UTF-8.
std::optional<FlattenedHtml> BoundHtmlNesting(std::string_view html, int max_depth);

}  // namespace spoken
