#include "publish/feed_writer.h"

#include <cstdio>

#include "core/ascii.h"
#include "core/calendar.h"
#include "core/url.h"
#include "core/uuid.h"
#include "publish/markup.h"

namespace spoken {
namespace {

constexpr char kPodcastGuidNamespace[] = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string Element(const char* name, const std::string& text) {
  return std::string("<") + name + ">" + EscapeXml(text) + "</" + name + ">";
}

// Item descriptions are HTML in CDATA; "]]>" inside would end the section early.
std::string Cdata(std::string html) {
  for (size_t at = html.find("]]>"); at != std::string::npos; at = html.find("]]>", at + 1)) {
    html.replace(at, 3, "]]]]><![CDATA[>");
  }
  return "<![CDATA[" + html + "]]>";
}

}  // namespace

std::string FeedUrl(const SiteInfo& site) { return site.base_url + "feed.xml"; }

std::string PodcastGuid(const SiteInfo& site) {
  if (!site.podcast_guid.empty()) return site.podcast_guid;
  std::string url = FeedUrl(site);
  if (const size_t scheme = url.find("://"); scheme != std::string::npos) url.erase(0, scheme + 3);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return UuidV5(kPodcastGuidNamespace, url);
}

std::string Rfc2822Date(const std::string& iso_date) {
  int year = 0;
  unsigned month = 0, day = 0;
  if (iso_date.size() != 10 ||
      std::sscanf(iso_date.c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3) {
    return "";
  }
  if (day < 1 || static_cast<int>(day) > DaysInMonth(year, static_cast<int>(month))) return "";
  static constexpr const char* kWeekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const int64_t days = DaysFromCivil(year, month, day);
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%s, %02u %s %04d 00:00:00 GMT",
                kWeekdays[((days % 7) + 7) % 7], day, kMonths[month - 1], year);
  return buffer;
}

void WriteFeed(const SiteInfo& site, std::vector<EditionSummary> editions, std::ostream& out) {
  SortNewestFirst(editions);
  const std::string guid = PodcastGuid(site);
  const std::string language = AsciiLower(site.language);

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"\n"
      << "     xmlns:podcast=\"https://podcastindex.org/namespace/1.0\"\n"
      << "     xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n"
      << " " << Element("title", site.title) << "\n"
      << " " << Element("link", site.link.empty() ? site.base_url : site.link) << "\n"
      << " " << Element("description", site.description) << "\n"
      << " " << Element("language", language) << "\n"
      << " <atom:link href=\"" << EscapeXml(FeedUrl(site))
      << "\" rel=\"self\" type=\"application/rss+xml\"/>\n";
  if (!site.copyright.empty()) out << " " << Element("copyright", site.copyright) << "\n";
  if (!site.image_url.empty()) {
    out << " <itunes:image href=\"" << EscapeXml(site.image_url) << "\"/>\n";
  }
  out << " <itunes:category text=\"" << EscapeXml(site.category) << "\"";
  if (site.subcategory.empty()) {
    out << "/>\n";
  } else {
    out << "><itunes:category text=\"" << EscapeXml(site.subcategory) << "\"/></itunes:category>\n";
  }
  out << " " << Element("itunes:explicit", site.explicit_content ? "true" : "false") << "\n";
  if (!site.author.empty()) out << " " << Element("itunes:author", site.author) << "\n";
  out << " " << Element("podcast:guid", guid) << "\n"
      << " <podcast:locked"
      << (site.owner_email.empty() ? "" : " owner=\"" + EscapeXml(site.owner_email) + "\"")
      << ">no</podcast:locked>\n";

  for (const EditionSummary& edition : editions) {
    const ArticleInfo& info = edition.info;
    // Slugs may hold '#', '?' or '%'; only http(s) and mailto links are published.
    const std::string folder = site.base_url + PercentEncodePathSegment(info.slug) + "/";
    const EditionFiles files = EditionFiles::ForSlug(info.slug);
    const std::string article_url = IsAllowedLinkUrl(info.url) ? info.url : "";
    std::string description = "<p>Audio edition of ";
    description += article_url.empty() ? "“" + EscapeXml(info.title) + "”"
                                       : "<a href=\"" + EscapeXml(article_url) + "\">“" +
                                             EscapeXml(info.title) + "”</a>";
    if (!info.author.empty()) description += " by " + EscapeXml(info.author);
    description += ", read by a synthetic voice.</p>";
    if (!info.description.empty()) description += "<p>" + EscapeXml(info.description) + "</p>";
    description += "<p><a href=\"" + EscapeXml(folder + EditionFiles::ForSlug(info.slug).epub) +
                   "\">Read-along book (EPUB 3: the text, highlighted as it is read)</a></p>";

    out << " <item>\n"
        << "  " << Element("title", info.title) << "\n"
        << "  <description>" << Cdata(description) << "</description>\n"
        << "  <enclosure url=\"" << EscapeXml(folder + PercentEncodePathSegment(edition.audio.file))
        << "\" length=\"" << edition.audio.bytes << "\" type=\"audio/mpeg\"/>\n"
        << "  <guid isPermaLink=\"false\">urn:uuid:" << UuidV5(guid, info.slug) << "</guid>\n";
    if (const std::string date = Rfc2822Date(info.date); !date.empty()) {
      out << "  " << Element("pubDate", date) << "\n";
    }
    out << "  " << Element("itunes:duration", std::to_string((edition.duration_ms + 500) / 1000))
        << "\n"
        << "  " << Element("itunes:explicit", site.explicit_content ? "true" : "false") << "\n"
        << "  " << Element("link", article_url.empty() ? folder : article_url) << "\n"
        << "  <podcast:transcript url=\""
        << EscapeXml(folder + PercentEncodePathSegment(files.captions))
        << "\" type=\"text/vtt\" language=\"" << EscapeXml(info.language)
        << "\" rel=\"captions\"/>\n"
        << "  <podcast:transcript url=\"" << EscapeXml(folder) << "\" type=\"text/html\"/>\n"
        << "  <podcast:transcript url=\""
        << EscapeXml(folder + PercentEncodePathSegment(files.transcript_text))
        << "\" type=\"text/plain\"/>\n"
        << "  <podcast:chapters url=\""
        << EscapeXml(folder + PercentEncodePathSegment(files.chapters_json))
        << "\" type=\"application/json+chapters\"/>\n"
        << " </item>\n";
  }
  out << "</channel>\n</rss>\n";
}

}  // namespace spoken
