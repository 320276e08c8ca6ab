#include <gtest/gtest.h>

#include <sstream>

#include "publish/sitemap_writer.h"

namespace spoken {
namespace {

TEST(Sitemap, ListsEachUrlEscapedInTheSitemapsNamespace) {
  std::ostringstream out;
  WriteSitemap({"https://example.org/audio/", "https://example.org/audio/a&b/"}, out);
  EXPECT_EQ(out.str(), R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <url><loc>https://example.org/audio/</loc></url>
 <url><loc>https://example.org/audio/a&amp;b/</loc></url>
</urlset>
)");
}

TEST(Sitemap, AnIndexListsTheSitemapFiles) {
  std::ostringstream out;
  WriteSitemapIndex({"https://example.org/sitemap-1.xml"}, out);
  EXPECT_EQ(out.str(), R"(<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>
</sitemapindex>
)");
}

}  // namespace
}  // namespace spoken
