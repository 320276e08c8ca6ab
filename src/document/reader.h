// read stage: a file in content/ -> Article.
#pragma once

#include <string>

#include "core/result.h"
#include "document/article.h"

namespace spoken {

/// Reads an article, choosing the reader by extension: .md (Markdown with YAML front
/// matter, cmark-gfm), .html/.htm (gumbo, after decoding the page's charset:
/// html_charset.h DecodeHtmlBytes, whose warnings go to Article::warnings), .txt (plain
/// text). `defaults` supplies every
/// metadata field the article does not set (from spoken.yaml); the slug is the file name
/// without extension. Errors name the file and, where known, the line:
/// kNotFound (no such file), kInvalidInput (unknown extension, bad front matter, no text).
Result<Article> ReadArticle(const std::string& path, const ArticleInfo& defaults);

}  // namespace spoken
