// sitemap.xml: the site's pages for search engines (sitemaps.org protocol 0.9).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace spoken {

/// The most URLs one sitemap file may list (sitemaps.org); a larger site is split into
/// several files listed by a sitemap index. (The protocol's other bound, 50 MB per file,
/// is some 500 bytes per URL at this count: far above any URL the site writes.)
inline constexpr size_t kMaxSitemapUrls = 50000;

/// A <urlset> with one <loc> per URL, in the order given. URLs are absolute, UTF-8, already
/// percent-encoded where a path needs it; they are entity-escaped here. No <lastmod>: the
/// build has no clock that would not break byte-identical rebuilds.
void WriteSitemap(const std::vector<std::string>& urls, std::ostream& out);

/// A <sitemapindex> listing the absolute URLs of the sitemap files, in the order given.
void WriteSitemapIndex(const std::vector<std::string>& sitemap_urls, std::ostream& out);

}  // namespace spoken
