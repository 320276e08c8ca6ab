// HTML reader (gumbo): a saved web page or an exported article -> Article.
#pragma once

#include <string_view>

#include "core/result.h"
#include "document/article.h"

namespace spoken {

/// Reads an HTML article held in memory (UTF-8). `info` arrives with the defaults, slug and
/// source_path filled; what the page states overwrites it, when it is well-formed:
///   title        the first <h1> of the body; else <meta property="og:title">; else <title>
///   language     <html lang> (a BCP 47 tag; a malformed one is ignored)
///   author       <meta name="author">
///   description  <meta name="description">, else og:description
///   date         <meta name="date" | "dcterms.date" | property="article:published_time">,
///                the YYYY-MM-DD prefix of an ISO 8601 date or date-time; others ignored
///   url          <link rel="canonical">, else og:url
///
/// Body: the first <article> (outside page furniture), else <main>, else <body>. Skipped:
/// nav, header, footer, aside, script, style, form, noscript, template, media and form
/// controls, anything `hidden` or aria-hidden="true", and images inside <figure> (the
/// <figcaption> is kept as a paragraph). The h1 that gave the title is not a section;
/// h2-h6 (and any other h1) start sections. Blocks: p, div and other block containers
/// (text directly inside them is kept), li (list_id per ul/ol, the item's paragraphs joined),
/// blockquote (kQuote), one paragraph per table row with its cells joined by "; ". Links
/// keep their href. An element with a `lang` other than the article's gives its blocks that
/// language. Images outside figures: alt text kept inside a sentence, dropped when alone.
/// source_line is the line of the block's first text. Elements nested deeper than
/// kMaxHtmlNesting lose their tags, not their text (html_nesting.h), with a warning in
/// Article::warnings ("PATH:LINE: elements nested more than 512 deep; ..."). Never fails on
/// malformed HTML (gumbo repairs it like a browser) except when gumbo still builds a tree
/// twice that deep (kInvalidInput). An article of headings and no body text (each heading
/// followed by nothing readable, e.g. captionless pictures) is read as its headings: one
/// opening section whose paragraphs are the headings, with the warning "PATH:LINE: the page
/// has only headings (N) and no body text; its headings are read as its text". Does not
/// check that the article has text (ReadArticle does).
Result<Article> ReadHtml(std::string_view source, ArticleInfo info);

}  // namespace spoken
