// The Article as the reader sees it, as JSON (spoken inspect --format json). Written by hand:
// the JSON library belongs to publish/, which does not see document/ (cmake/SpokenLayers).
#pragma once

#include <ostream>
#include <string_view>

#include "document/article.h"

namespace spoken::cli {

/// Writes one JSON object: the metadata ("title", "author", "date", "language",
/// "description", "url", "image"), "sections" (each with "title", "line" and "blocks":
/// "kind", "language" (empty: the article's), "line", "text") and "skipped" ("what",
/// "reason", "excerpt", "line"). UTF-8 passes through; two-space indent, keys in that order.
void WriteArticleJson(const Article& article, std::ostream& out);

/// `text` as a JSON string literal, quotes included.
std::string JsonString(std::string_view text);

}  // namespace spoken::cli
