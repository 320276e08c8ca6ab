#include "pipeline/site_builder.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "pipeline/file_io.h"
#include "publish/feed_writer.h"
#include "publish/site_index_writer.h"

namespace spoken {

namespace fs = std::filesystem;

Result<size_t> WriteSite(const BuildConfig& config, const std::string& out_dir) {
  auto entries = ListFolder(out_dir);
  if (!entries.ok()) return entries.error();
  std::vector<std::string> manifests;
  for (const std::string& entry : *entries) {
    const std::string manifest = (fs::path(entry) / "manifest.json").string();
    if (IsRegularFile(manifest)) manifests.push_back(manifest);
  }

  std::vector<EditionSummary> editions;
  for (const std::string& path : manifests) {
    auto text = ReadFile(path);
    if (!text.ok()) return text.error();
    auto summary = ParseManifest(*text, path);
    if (!summary.ok()) return summary.error();
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
  return editions.size();
}

}  // namespace spoken
