// The site-wide files: output/feed.xml and output/index.html, from every finished edition.
#pragma once

#include <string>

#include "core/result.h"
#include "pipeline/config.h"

namespace spoken {

/// Reads OUT/*/manifest.json (every finished edition, including ones built earlier) and
/// writes OUT/feed.xml and OUT/index.html atomically. A folder without a manifest is skipped;
/// an unreadable manifest is an error naming it. Returns the number of editions listed.
Result<size_t> WriteSite(const BuildConfig& config, const std::string& out_dir);

}  // namespace spoken
