#include <gtest/gtest.h>

#include <sstream>

#include "publish/site_index_writer.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

std::string Index(std::vector<EditionSummary> editions) {
  std::ostringstream out;
  WriteSiteIndex(SiteInfo{}, std::move(editions), out);
  return out.str();
}

TEST(SiteIndex, ListsEachEditionWithItsPlayerAndLinks) {
  EXPECT_EQ(Index({TinySummary()}), R"(<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spoken audio editions: all audio editions</title>
<link rel="alternate" type="application/rss+xml" href="feed.xml" title="Spoken audio editions">
<style>
body{font:1.125rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:0 1rem;color:#1a1a1a;background:#fff}
a{color:#0645ad}a:focus{outline:3px solid #b35900;outline-offset:2px}audio{width:100%}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}a{color:#8ab4f8}}
</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<main id="main">
<h1>Spoken audio editions</h1>
<p>Articles read aloud by a synthetic voice, with transcripts.</p>
<p><a href="feed.xml">Podcast feed (RSS)</a></p>
<article aria-labelledby="tiny-tide">
<h2 id="tiny-tide"><a href="tiny-tide/">Tides &amp; Moons</a></h2>
<p>Audio edition of the article by A. Writer, read by a synthetic voice, <time datetime="2026-03-01">2026-03-01</time>. Length 0:09.</p>
<p>Why the sea &lt;rises&gt;.</p>
<audio controls preload="none" src="tiny-tide/tiny-tide.mp3" aria-label="Audio edition: Tides &amp; Moons"></audio>
<p><a href="tiny-tide/">Transcript and sections</a> · <a href="tiny-tide/tiny-tide.mp3" download>Download the MP3</a> · <a href="tiny-tide/tiny-tide.epub">Read-along book (EPUB)</a></p>
</article>
</main>
</body>
</html>
)");
}

TEST(SiteIndex, SaysSoWhenThereAreNoEditions) {
  const std::string index = Index({});
  EXPECT_NE(index.find("<p><a href=\"feed.xml\">Podcast feed (RSS)</a></p>\n"
                       "<p>No editions yet.</p>\n</main>"),
            std::string::npos)
      << index;
}

TEST(SiteIndex, MarksTheTitleAndDescriptionOfAnArticleInAnotherLanguage) {
  EditionSummary arabic = TinySummary();
  arabic.info.language = "ar";
  const std::string index = Index({arabic});
  EXPECT_NE(index.find("<h2 id=\"tiny-tide\" lang=\"ar\" dir=\"rtl\"><a href"), std::string::npos)
      << index;
  EXPECT_NE(index.find("<p lang=\"ar\" dir=\"rtl\">Why the sea"), std::string::npos) << index;
  EditionSummary german = TinySummary();
  german.info.language = "de-DE";
  EXPECT_NE(Index({german}).find("<h2 id=\"tiny-tide\" lang=\"de-DE\"><a href"), std::string::npos);
  EditionSummary british = TinySummary();
  british.info.language = "en-GB";
  EXPECT_NE(Index({british}).find("<h2 id=\"tiny-tide\"><a href"), std::string::npos);
}

TEST(SiteIndex, ASiteInAnotherLanguageMarksTheIndexsEnglishWords) {
  std::ostringstream out;
  WriteSiteIndex(SiteInfo{.language = "ru"}, {TinySummary()}, out,
                 IndexPage{.number = 2, .count = 3});
  const std::string index = out.str();
  EXPECT_NE(index.find("<a class=\"skip-link\" href=\"#main\" lang=\"en\">Skip"),
            std::string::npos);
  EXPECT_NE(index.find("<p lang=\"en\"><a href=\"feed.xml\">Podcast feed"), std::string::npos);
  EXPECT_NE(index.find("<p lang=\"en\">Audio edition of the article by"), std::string::npos);
  EXPECT_NE(index.find("\" lang=\"en\" aria-label=\"Audio edition: "), std::string::npos);
  EXPECT_NE(index.find("<nav aria-label=\"Pages of the list\" lang=\"en\">"), std::string::npos);
  // The English edition's title carries its language inside the Russian page.
  EXPECT_NE(index.find("<h2 id=\"tiny-tide\" lang=\"en-US\"><a href"), std::string::npos);
}

TEST(SiteIndex, LeavesOutTheAuthorDateAndDescriptionWhenUnset) {
  EditionSummary bare = TinySummary();
  bare.info.author.clear();
  bare.info.date.clear();
  bare.info.description.clear();
  const std::string index = Index({bare});
  EXPECT_NE(index.find("<p>Audio edition, read by a synthetic voice. Length 0:09.</p>\n"
                       "<audio controls"),
            std::string::npos)
      << index;
}

TEST(SiteIndex, ListsEditionsNewestFirst) {
  EditionSummary older = TinySummary(), newer = TinySummary();
  older.info.date = "2025-12-31";
  older.info.slug = "older";
  newer.info.slug = "newer";
  const std::string index = Index({older, newer});
  EXPECT_LT(index.find("<h2 id=\"newer\">"), index.find("<h2 id=\"older\">"));
}

TEST(SiteIndex, AMiddlePageSaysWhichItIsAndLinksBothNeighbours) {
  std::ostringstream out;
  WriteSiteIndex(SiteInfo{}, {TinySummary()}, out, IndexPage{.number = 2, .count = 3});
  const std::string page = out.str();
  EXPECT_NE(page.find("<title>Spoken audio editions: all audio editions, page 2 of 3</title>\n"
                      "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed.xml\" "
                      "title=\"Spoken audio editions\">\n"
                      "<link rel=\"prev\" href=\"index.html\">\n"
                      "<link rel=\"next\" href=\"page-3.html\">\n<style>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<h1>Spoken audio editions, page 2 of 3</h1>"), std::string::npos);
  EXPECT_NE(page.find("</article>\n<nav aria-label=\"Pages of the list\">\n<ul>\n"
                      "<li><a href=\"index.html\">First page (newest)</a></li>\n"
                      "<li><a rel=\"prev\" href=\"index.html\">Previous page (newer "
                      "editions)</a></li>\n"
                      "<li><a aria-current=\"page\" href=\"page-2.html\">Page 2 of 3</a></li>\n"
                      "<li><a rel=\"next\" href=\"page-3.html\">Next page (older "
                      "editions)</a></li>\n"
                      "<li><a href=\"page-3.html\">Last page (oldest)</a></li>\n</ul>\n</nav>\n"
                      "</main>"),
            std::string::npos)
      << page;
}

TEST(SiteIndex, PageFilesAreIndexThenNumbered) {
  EXPECT_EQ(IndexPageFile(1), "index.html");
  EXPECT_EQ(IndexPageFile(2), "page-2.html");
}

}  // namespace
}  // namespace spoken
