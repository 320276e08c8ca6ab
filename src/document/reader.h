// read stage: a file in content/ -> Article.
#pragma once

#include <string>

#include "core/result.h"
#include "document/article.h"

namespace spoken {

/// The largest article file read, in bytes (about 600,000 words, far more than an edition
/// should hold; larger files are refused before they are read).
inline constexpr size_t kMaxArticleBytes = size_t{4} * 1024 * 1024;

/// The longest word (run of text without a space) an article may hold, in bytes: a long
/// URL fits; megabyte-long "words" cost gigabytes downstream and are refused.
inline constexpr size_t kMaxWordBytes = 1000;

/// Reads an article, choosing the reader by extension: .md (Markdown with YAML front
/// matter, cmark-gfm), .html/.htm (gumbo, after decoding the page's charset:
/// html_charset.h DecodeHtmlBytes, whose warnings go to Article::warnings), .txt (plain
/// text). `defaults` supplies every
/// metadata field the article does not set (from spoken.yaml); the slug is the file name
/// without extension (document/slug.h). The file is read and decoded by ReadTextFile
/// (encoding/text_file.h): bytes that are not UTF-8 become U+FFFD and are listed in
/// `Article::warnings`. Errors name the file and, where known, the line:
/// kNotFound (no such file), kInvalidInput (unknown extension, a name that is no slug, not
/// a regular file, larger than kMaxArticleBytes, binary, a word over kMaxWordBytes, bad front
/// matter, nested too deep, no text).
Result<Article> ReadArticle(const std::string& path, const ArticleInfo& defaults);

}  // namespace spoken
