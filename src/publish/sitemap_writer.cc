#include "publish/sitemap_writer.h"

#include "publish/markup.h"

namespace spoken {
namespace {

constexpr char kNamespace[] = "http://www.sitemaps.org/schemas/sitemap/0.9";

void WriteList(const char* list, const char* entry, const std::vector<std::string>& urls,
               std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" << list << " xmlns=\"" << kNamespace
      << "\">\n";
  for (const std::string& url : urls) {
    out << " <" << entry << "><loc>" << EscapeXml(url) << "</loc></" << entry << ">\n";
  }
  out << "</" << list << ">\n";
}

}  // namespace

void WriteSitemap(const std::vector<std::string>& urls, std::ostream& out) {
  WriteList("urlset", "url", urls, out);
}

void WriteSitemapIndex(const std::vector<std::string>& sitemap_urls, std::ostream& out) {
  WriteList("sitemapindex", "sitemap", sitemap_urls, out);
}

}  // namespace spoken
