#include "pipeline/site_builder.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "pipeline/file_io.h"
#include "publish/feed_writer.h"
#include "publish/site_index_writer.h"

namespace spoken {

namespace fs = std::filesystem;

Result<SiteSummary> WriteSite(const BuildConfig& config, const std::string& out_dir) {
  auto entries = ListFolder(out_dir);
  if (!entries.ok()) return entries.error();
  std::vector<std::string> manifests;
  for (const std::string& entry : *entries) {
    if (fs::path(entry).filename().string().starts_with(".")) continue;  // the build's own
    const std::string manifest = (fs::path(entry) / "manifest.json").string();
    if (IsRegularFile(manifest)) manifests.push_back(manifest);
  }

  SiteSummary site;
  std::vector<EditionSummary> editions;
  for (const std::string& path : manifests) {
    auto text = ReadFile(path);
    auto summary = text.ok() ? ParseManifest(*text, path) : Result<EditionSummary>(text.error());
    if (summary.ok() && summary->info.slug != fs::path(path).parent_path().filename()) {
      summary = InvalidInput(path + ": the manifest's slug \"" + summary->info.slug +
                             "\" is not its folder's name");
    }
    if (!summary.ok()) {
      site.problems.push_back(summary.error().message + " (edition left out of the feed)");
      continue;
    }
    editions.push_back(std::move(summary).value());
  }
  std::ostringstream feed, index;
  WriteFeed(config.site, editions, feed);
  WriteSiteIndex(config.site, editions, index);
  if (Status s = WriteFileAtomically((fs::path(out_dir) / "feed.xml").string(), feed.str());
      !s.ok()) {
    return s.error();
  }
  if (Status s = WriteFileAtomically((fs::path(out_dir) / "index.html").string(), index.str());
      !s.ok()) {
    return s.error();
  }
  site.editions = editions.size();
  return site;
}

}  // namespace spoken
