#include "pipeline/site_builder.h"

#include <algorithm>
#include <filesystem>

#include "core/url.h"
#include "pipeline/file_io.h"
#include "publish/feed_writer.h"
#include "publish/markup.h"
#include "publish/site_index_writer.h"
#include "publish/sitemap_writer.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

// Every finished edition's summary, without the timed entries the site does not list (a
// large archive's summaries then fit in memory: some hundred bytes each).
std::vector<EditionSummary> ReadEditions(const std::vector<std::string>& entries,
                                         std::vector<std::string>& problems) {
  std::vector<EditionSummary> editions;
  for (const std::string& entry : entries) {
    if (fs::path(entry).filename().string().starts_with(".")) continue;  // the build's own
    const std::string path = (fs::path(entry) / "manifest.json").string();
    if (!IsRegularFile(path)) continue;
    auto text = ReadFile(path);
    auto summary = text.ok() ? ParseManifest(*text, path) : Result<EditionSummary>(text.error());
    if (summary.ok() && summary->info.slug != fs::path(entry).filename()) {
      summary = InvalidInput(path + ": the manifest's slug \"" + summary->info.slug +
                             "\" is not its folder's name");
    }
    if (!summary.ok()) {
      problems.push_back(summary.error().message + " (edition left out of the feed)");
      continue;
    }
    summary->sections = {};
    summary->sentences = {};
    summary->pronunciations = {};
    editions.push_back(std::move(summary).value());
  }
  SortNewestFirst(editions);
  return editions;
}

// The number N of a file named PREFIX + N + SUFFIX in OUT (N >= 2), or 0.
size_t NumberedFile(const std::string& name, const std::string& prefix, const std::string& suffix) {
  if (!name.starts_with(prefix) || !name.ends_with(suffix)) return 0;
  const std::string digits =
      name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
  if (digits.empty() || digits.size() > 9 || digits[0] == '0' ||
      digits.find_first_not_of("0123456789") != std::string::npos) {
    return 0;
  }
  return std::stoul(digits);
}

class SiteFiles {
 public:
  explicit SiteFiles(std::string out_dir) : out_dir_(std::move(out_dir)) {}

  Status Write(const std::string& name, const std::string& content) {
    auto written = WriteFileIfChanged((fs::path(out_dir_) / name).string(), content);
    if (!written.ok()) return written.error();
    files_written_ += *written ? 1 : 0;
    return Status::Ok();
  }

  // Removes OUT/PREFIX-N.SUFFIX files numbered past `last` (a site that shrank).
  Status RemovePast(const std::vector<std::string>& entries, const std::string& prefix,
                    const std::string& suffix, size_t last) {
    for (const std::string& entry : entries) {
      const size_t number = NumberedFile(fs::path(entry).filename().string(), prefix, suffix);
      if (number > last && IsRegularFile(entry)) {
        if (Status status = RemoveFileIfPresent(entry); !status.ok()) return status;
        ++files_written_;
      }
    }
    return Status::Ok();
  }

  size_t files_written() const { return files_written_; }

 private:
  std::string out_dir_;
  size_t files_written_ = 0;
};

Status WriteSitemaps(const SiteInfo& site, const std::vector<EditionSummary>& editions,
                     size_t pages, const std::vector<std::string>& entries, SiteFiles& files) {
  std::vector<std::string> urls;
  for (size_t page = 1; page <= pages; ++page) {
    urls.push_back(page == 1 ? site.base_url : site.base_url + IndexPageFile(page));
  }
  for (const EditionSummary& edition : editions) {
    urls.push_back(site.base_url + PercentEncodePathSegment(edition.info.slug) + "/");
  }
  size_t parts = 0;
  if (urls.size() <= kMaxSitemapUrls) {
    if (Status s = files.Write("sitemap.xml",
                               RenderToString([&](std::ostream& o) { WriteSitemap(urls, o); }));
        !s.ok()) {
      return s;
    }
  } else {
    std::vector<std::string> part_urls;
    for (size_t first = 0; first < urls.size(); first += kMaxSitemapUrls) {
      const std::vector<std::string> part(
          urls.begin() + static_cast<ptrdiff_t>(first),
          urls.begin() + static_cast<ptrdiff_t>(std::min(urls.size(), first + kMaxSitemapUrls)));
      const std::string name = "sitemap-" + std::to_string(++parts) + ".xml";
      part_urls.push_back(site.base_url + name);
      if (Status s =
              files.Write(name, RenderToString([&](std::ostream& o) { WriteSitemap(part, o); }));
          !s.ok()) {
        return s;
      }
    }
    if (Status s = files.Write("sitemap.xml", RenderToString([&](std::ostream& o) {
                                 WriteSitemapIndex(part_urls, o);
                               }));
        !s.ok()) {
      return s;
    }
  }
  return files.RemovePast(entries, "sitemap-", ".xml", parts);
}

}  // namespace

Result<SiteSummary> WriteSite(const BuildConfig& config, const std::string& out_dir) {
  auto entries = ListFolder(out_dir);
  if (!entries.ok()) return entries.error();
  SiteSummary site;
  const std::vector<EditionSummary> editions = ReadEditions(*entries, site.problems);
  const SiteInfo& info = config.site;
  SiteFiles files(out_dir);

  const size_t feed_items =
      std::min(editions.size(), static_cast<size_t>(config.publish.feed_items));
  const std::string feed = RenderToString([&](std::ostream& o) {
    WriteFeed(info, {editions.begin(), editions.begin() + static_cast<ptrdiff_t>(feed_items)}, o);
  });
  if (Status s = files.Write("feed.xml", feed); !s.ok()) return s.error();

  const auto page_size = static_cast<size_t>(config.publish.index_page_size);
  const size_t pages = std::max<size_t>(1, (editions.size() + page_size - 1) / page_size);
  for (size_t page = 1; page <= pages; ++page) {
    const size_t first = (page - 1) * page_size;
    const size_t last = std::min(editions.size(), first + page_size);
    const std::string html = RenderToString([&](std::ostream& o) {
      WriteSiteIndex(info,
                     {editions.begin() + static_cast<ptrdiff_t>(first),
                      editions.begin() + static_cast<ptrdiff_t>(last)},
                     o, IndexPage{.number = page, .count = pages});
    });
    if (Status s = files.Write(IndexPageFile(page), html); !s.ok()) return s.error();
  }
  if (Status s = files.RemovePast(*entries, "page-", ".html", pages); !s.ok()) return s.error();
  if (Status s = WriteSitemaps(info, editions, pages, *entries, files); !s.ok()) return s.error();

  site.editions = editions.size();
  site.feed_items = feed_items;
  site.index_pages = pages;
  site.files_written = files.files_written();
  return site;
}

}  // namespace spoken
