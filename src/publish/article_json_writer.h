// The Article as the reader sees it, as JSON (spoken inspect --format json).
#pragma once

#include <ostream>

#include "document/article.h"

namespace spoken {

/// Writes one JSON object: the metadata ("title", "author", "date", "language",
/// "description", "url", "image"), "sections" (each with "title", "line" and "blocks": "kind",
/// "language" (empty: the article's), "line", "text") and "skipped" ("what", "reason",
/// "excerpt", "line"). UTF-8, two-space indent, keys in that order.
void WriteArticleJson(const Article& article, std::ostream& out);

}  // namespace spoken
