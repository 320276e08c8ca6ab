// The site-wide files: output/feed.xml and output/index.html, from every finished edition.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "pipeline/config.h"

namespace spoken {

struct SiteSummary {
  size_t editions = 0;                // listed in the feed and the index
  std::vector<std::string> problems;  // "PATH: ..." for each manifest left out
};

/// Reads OUT/*/manifest.json (every finished edition, including ones built earlier) and
/// writes OUT/feed.xml and OUT/index.html atomically. A folder without a manifest, and the
/// build's hidden folders (.NAME), are skipped; a manifest that cannot be read or parsed is
/// left out and named in `problems`, and every other edition is still listed. Fails only
/// when the folder cannot be listed or a file cannot be written.
Result<SiteSummary> WriteSite(const BuildConfig& config, const std::string& out_dir);

}  // namespace spoken
