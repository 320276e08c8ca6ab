#include "publish/site_index_writer.h"

#include "core/language_tag.h"
#include "core/time_format.h"
#include "core/url.h"
#include "publish/article_html.h"
#include "publish/markup.h"
#include "publish/page_words.h"

namespace spoken {
namespace {

std::string PageOf(const IndexPage& page) {
  return page.count == 1
             ? ""
             : ", page " + std::to_string(page.number) + " of " + std::to_string(page.count);
}

// Links to the neighbouring pages: "<link>" elements in the head, or the page navigation.
void WritePageLinks(const IndexPage& page, bool head, const std::string& english,
                    std::ostream& out) {
  if (page.count == 1) return;
  if (head) {
    if (page.number > 1) {
      out << "<link rel=\"prev\" href=\"" << IndexPageFile(page.number - 1) << "\">\n";
    }
    if (page.number < page.count) {
      out << "<link rel=\"next\" href=\"" << IndexPageFile(page.number + 1) << "\">\n";
    }
    return;
  }
  out << "<nav aria-label=\"Pages of the list\"" << english << ">\n<ul>\n";
  if (page.number > 1) {
    out << "<li><a href=\"" << IndexPageFile(1) << "\">First page (newest)</a></li>\n"
        << "<li><a rel=\"prev\" href=\"" << IndexPageFile(page.number - 1)
        << "\">Previous page (newer editions)</a></li>\n";
  }
  out << "<li><a aria-current=\"page\" href=\"" << IndexPageFile(page.number) << "\">Page "
      << page.number << " of " << page.count << "</a></li>\n";
  if (page.number < page.count) {
    out << "<li><a rel=\"next\" href=\"" << IndexPageFile(page.number + 1)
        << "\">Next page (older editions)</a></li>\n"
        << "<li><a href=\"" << IndexPageFile(page.count) << "\">Last page (oldest)</a></li>\n";
  }
  out << "</ul>\n</nav>\n";
}

}  // namespace

std::string IndexPageFile(size_t number) {
  return number <= 1 ? "index.html" : "page-" + std::to_string(number) + ".html";
}

void WriteSiteIndex(const SiteInfo& site, std::vector<EditionSummary> editions, std::ostream& out,
                    const IndexPage& page) {
  SortNewestFirst(editions);
  // The index's own words are English for now: marked as such on a site in another language.
  const std::string english = EnglishMark(site.language, LangMarkup::kHtml);
  out << "<!DOCTYPE html>\n<html lang=\"" << EscapeXml(site.language) << "\">\n<head>\n"
      << "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n"
      << "<title>" << EscapeXml(site.title) << ": all audio editions" << PageOf(page)
      << "</title>\n"
      << "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed.xml\" title=\""
      << EscapeXml(site.title) << "\">\n";
  WritePageLinks(page, true, english, out);
  out << "<style>\n"
      << "body{font:1.125rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:0 "
         "1rem;color:#1a1a1a;background:#fff}\n"
      << "a{color:#0645ad}a:focus{outline:3px solid #b35900;outline-offset:2px}audio{width:100%}\n"
      << ".skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem;top:1rem;background:#"
         "fff;padding:.5rem}\n"
      << "@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}a{color:#8ab4f8}}\n"
      << "</style>\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\"" << english
      << ">Skip to main content</a>\n"
      << "<main id=\"main\">\n<h1>" << EscapeXml(site.title) << PageOf(page) << "</h1>\n<p>"
      << EscapeXml(site.description) << "</p>\n<p" << english
      << "><a href=\"feed.xml\">Podcast feed (RSS)</a></p>\n";
  if (editions.empty()) out << "<p" << english << ">No editions yet.</p>\n";
  for (const EditionSummary& edition : editions) {
    const ArticleInfo& info = edition.info;
    const std::string folder = PercentEncodePathSegment(info.slug) + "/";
    // The title and description are in the article's language (WCAG 3.1.2).
    const std::string lang = SamePrimaryLanguage(info.language, site.language)
                                 ? ""
                                 : LangAttributes(info.language, site.language, LangMarkup::kHtml);
    out << "<article aria-labelledby=\"" << EscapeXml(info.slug) << "\">\n<h2 id=\""
        << EscapeXml(info.slug) << "\"" << lang << "><a href=\"" << EscapeXml(folder) << "\">"
        << EscapeXml(info.title) << "</a></h2>\n<p" << english << ">Audio edition";
    if (!info.author.empty()) out << " of the article by " << EscapeXml(info.author);
    out << ", read by a synthetic voice";
    if (!info.date.empty()) {
      out << ", <time datetime=\"" << EscapeXml(info.date) << "\">" << EscapeXml(info.date)
          << "</time>";
    }
    out << ". Length " << FormatShortClockMs(edition.duration_ms) << ".</p>\n";
    if (!info.description.empty()) {
      out << "<p" << lang << ">" << EscapeXml(info.description) << "</p>\n";
    }
    out << "<audio controls preload=\"none\" src=\""
        << EscapeXml(folder + PercentEncodePathSegment(edition.audio.file)) << "\"" << english
        << " aria-label=\"Audio edition: " << EscapeXml(info.title) << "\"></audio>\n"
        << "<p" << english << "><a href=\"" << EscapeXml(folder)
        << "\">Transcript and sections</a> · <a href=\""
        << EscapeXml(folder + PercentEncodePathSegment(edition.audio.file))
        << "\" download>Download the MP3</a> · <a href=\""
        << EscapeXml(folder + PercentEncodePathSegment(EditionFiles::ForSlug(info.slug).epub))
        << "\">Read-along book (EPUB)</a></p>\n"
        << "</article>\n";
  }
  WritePageLinks(page, false, english, out);
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace spoken
