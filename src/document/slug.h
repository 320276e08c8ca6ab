// The slug rules: an article's slug names its output folder (OUT/SLUG/) and its files, and
// appears in URLs (percent-encoded, core/url.h), so it must be safe as one path segment.
#pragma once

#include <string>

#include "core/result.h"

namespace spoken {

/// The longest slug, in bytes (file systems allow 255 per name; "SLUG.chapters.json" and
/// the build's temporary names need the rest).
inline constexpr size_t kMaxSlugBytes = 200;

/// The slug of the article at `path`: its file name without the extension. Fails with
/// kInvalidInput, naming `path`, when that cannot name an output folder safely: empty,
/// starting with '.' (".", "..", hidden names, which the build also uses for its own
/// temporary folders), holding a control character or a backslash, not valid UTF-8, or
/// longer than kMaxSlugBytes.
Result<std::string> SlugOfPath(const std::string& path);

}  // namespace spoken
