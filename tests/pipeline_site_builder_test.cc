#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/site_builder.h"
#include "publish/feed_writer.h"
#include "publish/manifest.h"
#include "publish/site_index_writer.h"
#include "publish/sitemap_writer.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

// An output folder in a temporary directory, filled with editions' manifests.
class SiteBuilderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    out_ = fs::temp_directory_path() / ("spoken-site-test-" + std::to_string(::getpid()));
    fs::remove_all(out_);
    fs::create_directories(out_);
    config_.site.title = "Tide Tables";
  }
  void TearDown() override { fs::remove_all(out_); }

  static std::string Read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  void Write(const fs::path& relative, const std::string& text) {
    fs::create_directories((out_ / relative).parent_path());
    std::ofstream(out_ / relative, std::ios::binary) << text;
  }
  // Writes SLUG/manifest.json for a copy of the tiny edition; returns its summary.
  EditionSummary AddEdition(const std::string& slug, const std::string& date) {
    Edition edition = TinyEdition();
    edition.script.info.slug = slug;
    edition.script.info.date = date;
    edition.audio.file = slug + ".mp3";
    std::ostringstream manifest;
    WriteManifest(edition, manifest);
    Write(fs::path(slug) / "manifest.json", manifest.str());
    return ParseManifest(manifest.str(), "").value();
  }

  fs::path out_;
  BuildConfig config_;
};

TEST_F(SiteBuilderTest, WritesTheFeedAndIndexOfEveryFinishedEdition) {
  const EditionSummary older = AddEdition("ebb", "2026-01-05");
  const EditionSummary newer = AddEdition("flood", "2026-02-10");
  auto listed = WriteSite(config_, out_.string());
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(listed->editions, 2u);
  EXPECT_TRUE(listed->problems.empty());
  std::ostringstream feed, index;
  WriteFeed(config_.site, {newer, older}, feed);
  WriteSiteIndex(config_.site, {newer, older}, index);
  EXPECT_EQ(Read(out_ / "feed.xml"), feed.str());
  EXPECT_EQ(Read(out_ / "index.html"), index.str());
}

TEST_F(SiteBuilderTest, SkipsFoldersWithoutAManifest) {
  AddEdition("ebb", "2026-01-05");
  Write("half-built/half-built.mp3", "ID3");  // a build that never finished
  Write("notes.txt", "not an edition");
  auto listed = WriteSite(config_, out_.string());
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(listed->editions, 1u);
  EXPECT_EQ(Read(out_ / "index.html").find("half-built"), std::string::npos);
}

TEST_F(SiteBuilderTest, AnEmptyOutputFolderGivesAnEmptyFeedAndIndex) {
  auto listed = WriteSite(config_, out_.string());
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(listed->editions, 0u);
  EXPECT_NE(Read(out_ / "index.html").find("<p>No editions yet.</p>"), std::string::npos);
  EXPECT_EQ(Read(out_ / "feed.xml").find("<item>"), std::string::npos);
}

TEST_F(SiteBuilderTest, AnUnreadableManifestIsNamedAndTheOtherEditionsAreStillListed) {
  AddEdition("ebb", "2026-01-05");
  Write("broken/manifest.json", "{\"slug\": ");
  auto listed = WriteSite(config_, out_.string());
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(listed->editions, 1u);
  ASSERT_EQ(listed->problems.size(), 1u);
  EXPECT_EQ(listed->problems[0], (out_ / "broken" / "manifest.json").string() +
                                     ": not valid JSON (edition left out of the feed)");
  EXPECT_NE(Read(out_ / "feed.xml").find("/ebb/"), std::string::npos);
}

TEST_F(SiteBuilderTest, AManifestOfAnotherToolIsNamedAndLeftOut) {
  Write("other/manifest.json", "{\"name\": \"not ours\"}");
  auto listed = WriteSite(config_, out_.string());
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->problems.size(), 1u);
  EXPECT_TRUE(listed->problems[0].starts_with((out_ / "other" / "manifest.json").string() +
                                              ": not a Spoken manifest"))
      << listed->problems[0];
}

TEST_F(SiteBuilderTest, AManifestInAnotherSlugsFolderIsLeftOut) {
  AddEdition("ebb", "2026-01-05");
  fs::create_directories(out_ / "evil");
  fs::copy_file(out_ / "ebb" / "manifest.json", out_ / "evil" / "manifest.json");
  auto listed = WriteSite(config_, out_.string());
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(listed->editions, 1u);
  ASSERT_EQ(listed->problems.size(), 1u);
  EXPECT_NE(listed->problems[0].find("is not its folder's name"), std::string::npos);
}

TEST_F(SiteBuilderTest, AMissingOutputFolderIsAnIoErrorNamingIt) {
  const std::string missing = (out_ / "nowhere").string();
  auto listed = WriteSite(config_, missing);
  ASSERT_FALSE(listed.ok());
  EXPECT_EQ(listed.error().code, ErrorCode::kIo);
  EXPECT_TRUE(listed.error().message.starts_with(missing + ": cannot list"))
      << listed.error().message;
}

TEST_F(SiteBuilderTest, AFileThatCannotBePutInPlaceIsAnIoErrorNamingIt) {
  AddEdition("ebb", "2026-01-05");
  fs::create_directories(out_ / "index.html" / "blocker");  // a folder where the page goes
  auto listed = WriteSite(config_, out_.string());
  ASSERT_FALSE(listed.ok());
  EXPECT_EQ(listed.error().code, ErrorCode::kIo);
  EXPECT_TRUE(listed.error().message.starts_with((out_ / "index.html").string() + ": "))
      << listed.error().message;
  for (const auto& entry : fs::directory_iterator(out_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

TEST_F(SiteBuilderTest, ReplacesTheFilesWholeAndLeavesNoTemporaries) {
  Write("feed.xml", "old feed");
  AddEdition("ebb", "2026-01-05");
  ASSERT_TRUE(WriteSite(config_, out_.string()).ok());
  EXPECT_TRUE(Read(out_ / "feed.xml").starts_with("<?xml"));
  for (const auto& entry : fs::directory_iterator(out_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

TEST_F(SiteBuilderTest, KeepsTheNewestEditionsInTheFeedAndPagesTheIndex) {
  config_.publish.feed_items = 2;
  config_.publish.index_page_size = 2;
  std::vector<EditionSummary> newest_first;
  for (const char* day : {"05", "04", "03", "02", "01"}) {
    newest_first.push_back(AddEdition(std::string("day-") + day, std::string("2026-01-") + day));
  }
  auto listed = WriteSite(config_, out_.string());
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(listed->editions, 5u);
  EXPECT_EQ(listed->feed_items, 2u);
  EXPECT_EQ(listed->index_pages, 3u);
  std::ostringstream feed, last_page, sitemap;
  WriteFeed(config_.site, {newest_first[0], newest_first[1]}, feed);
  EXPECT_EQ(Read(out_ / "feed.xml"), feed.str());
  WriteSiteIndex(config_.site, {newest_first[4]}, last_page, IndexPage{.number = 3, .count = 3});
  EXPECT_EQ(Read(out_ / "page-3.html"), last_page.str());
  const std::string first = Read(out_ / "index.html");
  EXPECT_NE(first.find("<link rel=\"next\" href=\"page-2.html\">"), std::string::npos);
  EXPECT_EQ(first.find("rel=\"prev\""), std::string::npos);
  EXPECT_NE(first.find("day-04"), std::string::npos);
  EXPECT_EQ(first.find("day-03"), std::string::npos);
  const std::string base = config_.site.base_url;
  WriteSitemap({base, base + "page-2.html", base + "page-3.html", base + "day-05/",
                base + "day-04/", base + "day-03/", base + "day-02/", base + "day-01/"},
               sitemap);
  EXPECT_EQ(Read(out_ / "sitemap.xml"), sitemap.str());
}

TEST_F(SiteBuilderTest, ASecondRunWritesNothingAndKeepsEveryModificationTime) {
  AddEdition("ebb", "2026-01-05");
  ASSERT_TRUE(WriteSite(config_, out_.string()).ok());
  const auto long_ago = fs::file_time_type::clock::now() - std::chrono::hours(24);
  for (const char* name : {"feed.xml", "index.html", "sitemap.xml"}) {
    fs::last_write_time(out_ / name, long_ago);
  }
  auto again = WriteSite(config_, out_.string());
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->files_written, 0u);
  for (const char* name : {"feed.xml", "index.html", "sitemap.xml"}) {
    EXPECT_EQ(fs::last_write_time(out_ / name), long_ago) << name;
  }
}

TEST_F(SiteBuilderTest, PagesPastTheLastAreRemovedWhenTheSiteShrinks) {
  config_.publish.index_page_size = 1;
  AddEdition("ebb", "2026-01-05");
  AddEdition("flood", "2026-02-10");
  ASSERT_TRUE(WriteSite(config_, out_.string()).ok());
  ASSERT_TRUE(fs::exists(out_ / "page-2.html"));
  Write("page-x.html", "not ours");
  fs::remove_all(out_ / "flood");
  auto listed = WriteSite(config_, out_.string());
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(listed->index_pages, 1u);
  EXPECT_FALSE(fs::exists(out_ / "page-2.html"));
  EXPECT_TRUE(fs::exists(out_ / "page-x.html"));
  EXPECT_EQ(Read(out_ / "index.html").find("page-2.html"), std::string::npos);
}

}  // namespace
}  // namespace spoken
