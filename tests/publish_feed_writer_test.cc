#include <gtest/gtest.h>

#include <sstream>

#include "core/uuid.h"
#include "publish/feed_writer.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

std::string Feed(const SiteInfo& site, std::vector<EditionSummary> editions) {
  std::ostringstream out;
  WriteFeed(site, std::move(editions), out);
  return out.str();
}

TEST(Feed, WritesTheChannelWithEverySettingAndOneItemPerEdition) {
  const SiteInfo site{.title = "Tide <Tables>",
                      .description = "Read aloud & captioned.",
                      .base_url = "https://example.org/tides/",
                      .link = "https://example.org/",
                      .language = "en-GB",
                      .author = "A. Writer",
                      .owner_email = "owner@example.org",
                      .image_url = "https://example.org/cover.png",
                      .category = "Science",
                      .subcategory = "Earth Sciences",
                      .explicit_content = true,
                      .podcast_guid = "917393e3-1b1e-5cef-ace4-edaa54e1f810",
                      .copyright = "© 2026 A. Writer"};
  EXPECT_EQ(Feed(site, {TinySummary()}),
            R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:podcast="https://podcastindex.org/namespace/1.0"
     xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
 <title>Tide &lt;Tables&gt;</title>
 <link>https://example.org/</link>
 <description>Read aloud &amp; captioned.</description>
 <language>en-gb</language>
 <atom:link href="https://example.org/tides/feed.xml" rel="self" type="application/rss+xml"/>
 <copyright>© 2026 A. Writer</copyright>
 <itunes:image href="https://example.org/cover.png"/>
 <itunes:category text="Science"><itunes:category text="Earth Sciences"/></itunes:category>
 <itunes:explicit>true</itunes:explicit>
 <itunes:author>A. Writer</itunes:author>
 <podcast:guid>917393e3-1b1e-5cef-ace4-edaa54e1f810</podcast:guid>
 <podcast:locked owner="owner@example.org">no</podcast:locked>
 <item>
  <title>Tides &amp; Moons</title>
  <description><![CDATA[<p>Audio edition of <a href="https://example.org/tides">“Tides &amp; Moons”</a> by A. Writer, read by a synthetic voice.</p><p>Why the sea &lt;rises&gt;.</p><p><a href="https://example.org/tides/tiny-tide/tiny-tide.epub">Read-along book (EPUB 3: the text, highlighted as it is read)</a></p>]]></description>
  <enclosure url="https://example.org/tides/tiny-tide/tiny-tide.mp3" length="123456" type="audio/mpeg"/>
  <guid isPermaLink="false">urn:uuid:)" +
                UuidV5("917393e3-1b1e-5cef-ace4-edaa54e1f810", "tiny-tide") +
                R"(</guid>
  <pubDate>Sun, 01 Mar 2026 00:00:00 GMT</pubDate>
  <itunes:duration>9</itunes:duration>
  <itunes:explicit>true</itunes:explicit>
  <link>https://example.org/tides</link>
  <podcast:transcript url="https://example.org/tides/tiny-tide/tiny-tide.vtt" type="text/vtt" language="en-US" rel="captions"/>
  <podcast:transcript url="https://example.org/tides/tiny-tide/" type="text/html"/>
  <podcast:transcript url="https://example.org/tides/tiny-tide/tiny-tide.txt" type="text/plain"/>
  <podcast:chapters url="https://example.org/tides/tiny-tide/tiny-tide.chapters.json" type="application/json+chapters"/>
 </item>
</channel>
</rss>
)");
}

TEST(Feed, LeavesOutUnsetChannelSettingsAndDerivesTheGuidFromTheFeedUrl) {
  const std::string feed = Feed(SiteInfo{}, {});
  EXPECT_EQ(Between(feed, " <title>", " <item>"),
            " <title>Spoken audio editions</title>\n"
            " <link>https://example.org/audio/</link>\n"
            " <description>Articles read aloud by a synthetic voice, with "
            "transcripts.</description>\n"
            " <language>en-us</language>\n"
            " <atom:link href=\"https://example.org/audio/feed.xml\" rel=\"self\" "
            "type=\"application/rss+xml\"/>\n"
            " <itunes:category text=\"News\"/>\n"
            " <itunes:explicit>false</itunes:explicit>\n"
            " <podcast:guid>" +
                UuidV5("ead4c236-bf58-58c6-a2c6-a6b28d128cb6", "example.org/audio/feed.xml") +
                "</podcast:guid>\n"
                " <podcast:locked>no</podcast:locked>\n"
                "</channel>\n</rss>\n");
}

TEST(Feed, ItemWithoutUrlAuthorDescriptionOrDateLinksItsFolder) {
  EditionSummary bare = TinySummary();
  bare.info.url.clear();
  bare.info.author.clear();
  bare.info.description.clear();
  bare.info.date.clear();
  const std::string feed = Feed(SiteInfo{}, {bare});
  EXPECT_EQ(
      Between(feed, "  <description>", "  <enclosure"),
      "  <description><![CDATA[<p>Audio edition of “Tides &amp; Moons”, read by a synthetic "
      "voice.</p><p><a href=\"https://example.org/audio/tiny-tide/tiny-tide.epub\">Read-along "
      "book (EPUB 3: the text, highlighted as it is read)</a></p>]]></description>\n");
  EXPECT_EQ(feed.find("<pubDate>"), std::string::npos);
  EXPECT_NE(feed.find("  <link>https://example.org/audio/tiny-tide/</link>\n"), std::string::npos);
}

TEST(Feed, ADescriptionCannotEndItsCdataSection) {
  EditionSummary tricky = TinySummary();
  tricky.info.description = "a]]>b";  // escaped to "a]]&gt;b" already; the CDATA stays whole
  const std::string feed = Feed(SiteInfo{}, {tricky});
  EXPECT_NE(feed.find("<p>a]]&gt;b</p><p><a href="), std::string::npos) << feed;
  EXPECT_NE(feed.find("</a></p>]]></description>"), std::string::npos) << feed;
}

TEST(Feed, ListsEditionsNewestFirst) {
  EditionSummary older = TinySummary(), newer = TinySummary();
  older.info.title = "Older";
  older.info.date = "2025-12-31";
  newer.info.title = "Newer";
  newer.info.slug = "newer";
  const std::string feed = Feed(SiteInfo{}, {older, newer});
  EXPECT_LT(feed.find("<title>Newer</title>"), feed.find("<title>Older</title>"));
}

TEST(Feed, RoundsTheDurationToWholeSeconds) {
  EditionSummary edition = TinySummary();
  edition.duration_ms = 9499;
  EXPECT_NE(Feed(SiteInfo{}, {edition}).find("<itunes:duration>9</itunes:duration>"),
            std::string::npos);
  edition.duration_ms = 9500;
  EXPECT_NE(Feed(SiteInfo{}, {edition}).find("<itunes:duration>10</itunes:duration>"),
            std::string::npos);
}

TEST(Rfc2822Date, GivesTheWeekdayOfValidDatesOnly) {
  EXPECT_EQ(Rfc2822Date("2026-11-20"), "Fri, 20 Nov 2026 00:00:00 GMT");
  EXPECT_EQ(Rfc2822Date("2024-02-29"), "Thu, 29 Feb 2024 00:00:00 GMT");
  EXPECT_EQ(Rfc2822Date("2000-01-01"), "Sat, 01 Jan 2000 00:00:00 GMT");
  EXPECT_EQ(Rfc2822Date("2026-02-29"), "");
  EXPECT_EQ(Rfc2822Date("1900-02-29"), "");
  EXPECT_EQ(Rfc2822Date("2026-13-01"), "");
  EXPECT_EQ(Rfc2822Date("2026-04-31"), "");
  EXPECT_EQ(Rfc2822Date("2026-4-1"), "");
  EXPECT_EQ(Rfc2822Date(""), "");
}

TEST(PodcastGuid, IsTheConfiguredOneOrDerivedFromTheFeedUrlWithoutScheme) {
  SiteInfo site;
  site.base_url = "https://podnews.net/";
  // standards.md §0.11's vector is "podnews.net/rss"; ours ends in feed.xml.
  EXPECT_EQ(PodcastGuid(site),
            UuidV5("ead4c236-bf58-58c6-a2c6-a6b28d128cb6", "podnews.net/feed.xml"));
  site.podcast_guid = "917393e3-1b1e-5cef-ace4-edaa54e1f810";
  EXPECT_EQ(PodcastGuid(site), "917393e3-1b1e-5cef-ace4-edaa54e1f810");
  EXPECT_EQ(FeedUrl(site), "https://podnews.net/feed.xml");
}

}  // namespace
}  // namespace spoken
