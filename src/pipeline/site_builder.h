// The site-wide files: the feed, the index pages and the sitemap, from every finished
// edition in the output folder (what `spoken build` ends with and `spoken publish` does).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "pipeline/config.h"

namespace spoken {

struct SiteSummary {
  size_t editions = 0;                // listed in the index and the sitemap
  size_t feed_items = 0;              // the newest of them, in the feed
  size_t index_pages = 0;             // index.html, page-2.html, ...
  size_t files_written = 0;           // site files whose content changed (0: a no-op)
  std::vector<std::string> problems;  // "PATH: ..." for each manifest left out
};

/// Reads OUT/*/manifest.json (every finished edition, including ones built earlier and
/// ones other shards built) and writes:
///   OUT/feed.xml      the newest `publish.feed_items` editions;
///   OUT/index.html    the first `publish.index_page_size` editions, newest first, and
///   OUT/page-N.html   the next ones, page by page (pages past the last are removed);
///   OUT/sitemap.xml   every index page and edition page; past kMaxSitemapUrls a sitemap
///                     index of OUT/sitemap-N.xml files (ones past the last are removed).
/// Each file is written atomically, and only when its content changed: a second run over
/// the same editions writes nothing and leaves every modification time as it was.
/// A folder without a manifest, and the build's hidden folders (.NAME), are skipped; a
/// manifest that cannot be read or parsed is left out and named in `problems`, and every
/// other edition is still listed. Fails only when the folder cannot be listed or a file
/// cannot be written.
Result<SiteSummary> WriteSite(const BuildConfig& config, const std::string& out_dir);

}  // namespace spoken
