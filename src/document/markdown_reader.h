// Markdown reader: CommonMark + GitHub extensions (cmark-gfm) with YAML front matter.
#pragma once

#include <string_view>

#include "core/result.h"
#include "document/article.h"

namespace spoken {

/// The deepest nesting of Markdown blocks and inlines read ("> > > ...", lists in lists,
/// emphasis in emphasis); deeper articles are refused rather than walked.
inline constexpr int kMaxMarkdownNesting = 100;

/// Reads a Markdown article held in memory. `info` arrives with the defaults, slug and
/// source_path filled; front matter fields overwrite it (document/front_matter.h).
///
/// Title: the front matter's `title`; else a level-1 heading that opens the body; else the
/// given info.title. A level-1 heading that opens the body and equals the title is the
/// title, not a section. Every other heading (any level) starts a section; blocks before
/// the first one go into an opening section titled after the article.
///
/// Blocks: paragraphs; list items (one block per item, its paragraphs joined; each list,
/// nested ones included, gets its own list_id); paragraphs inside block quotes are
/// kQuote; fenced/indented code is read as a paragraph; each table row is a paragraph with
/// its cells joined by "; ". Raw HTML blocks, inline HTML tags and thematic breaks are
/// skipped. Inline markup is reduced to its text, soft and hard breaks become spaces,
/// links keep their target as a Link range. `[TEXT]{lang=TAG}` marks a passage's language
/// (document/language_spans.h): a block that is one such span is in language TAG.
///
/// Images: an image inside a sentence keeps its alt text (it stands in for words). An
/// image alone in its paragraph is a picture the listener cannot see: it is skipped, unless
/// it has a title (`![alt](src "Caption")`), which is read as its caption.
///
/// source_line is the line in the file (front matter lines counted). Fails with
/// kInvalidInput "PATH:LINE: ..." for bad front matter and for blocks or inlines nested
/// more than kMaxMarkdownNesting levels deep. Does not check that the article has text
/// (ReadArticle does).
Result<Article> ReadMarkdown(std::string_view source, ArticleInfo info);

}  // namespace spoken
