// Plain-text reader: an article typed as text, or scraped from a web page with the page's
// furniture (site name, menus, repeated headlines, promos) mixed in.
#pragma once

#include <string_view>

#include "core/result.h"
#include "document/article.h"

namespace spoken {

/// Reads a plain-text article held in memory (UTF-8). `info` arrives with the defaults,
/// slug and source_path filled; only the title comes from the text. Never fails (a text
/// without words gives no sections; ReadArticle reports it).
///
/// Lines are grouped into paragraphs at blank lines; a paragraph's lines are joined with a
/// space (hard-wrapped text is fine). The rules, all general, applied in this order:
///  1. Title: among the headline-shaped lines (not a list item, no lowercase start, not
///     ending in . , ; :) before the first body paragraph (sentence-like, 8+ words), the
///     one that appears elsewhere as "TITLE - Site" (or "|", "–", "—", "·"); else the
///     longest one of 3+ words that repeats verbatim; else the longest one. Its first
///     occurrence is the title, not text.
///  2. Furniture (dropped):
///     a. every other line equal to the title; lines "TITLE - Site" and lines equal to Site;
///     b. lines before the title that are not sentence-like (masthead, section label);
///     c. a line repeated verbatim: all copies when not sentence-like (menu entries,
///        "Advertisement"), the copies after the first when it is (a pull quote);
///     d. in a paragraph holding a line dropped by a-c (an embedded image or promo box),
///        its other lines that are not sentence-like (alt text, "Subscribe to ...");
///     e. at the very end, a run of one-line paragraphs that are labels (not
///        sentence-like, 8 words or fewer: "Related Articles", "Trending") or very short
///        sentences (4 words or fewer: "Help us improve."), when it holds a label; then a
///        heading left with nothing under it.
///  3. Blocks: a line starting with a bullet (• ◦ ▪ ‣ ⁃ · – - * +) or "1." / "1)" starts a
///     list item (lines after it, up to the next item or blank line, continue it);
///     consecutive items form one list (a switch between bullets and numbers starts
///     another). A paragraph that is all "> " lines, or that opens with a quotation mark
///     and ends `"…" — Name`, is a kQuote. A one-line paragraph that
///     is heading-shaped (12 words or fewer, no lowercase start, not ending in . , ; : !)
///     and is followed by a sentence-like paragraph, a list or a quote is a heading and
///     starts a section. Everything else is a paragraph; http(s) URLs become links.
/// Where these rules cannot decide, text is kept: nothing sentence-like is ever dropped
/// except duplicate copies and very short sentences in a trailing run under 2e.
Result<Article> ReadPlainText(std::string_view source, ArticleInfo info);

}  // namespace spoken
