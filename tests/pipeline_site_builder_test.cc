#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/site_builder.h"
#include "publish/feed_writer.h"
#include "publish/manifest.h"
#include "publish/site_index_writer.h"
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
  EXPECT_EQ(*listed, 2u);
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
  EXPECT_EQ(*listed, 1u);
  EXPECT_EQ(Read(out_ / "index.html").find("half-built"), std::string::npos);
}

TEST_F(SiteBuilderTest, AnEmptyOutputFolderGivesAnEmptyFeedAndIndex) {
  auto listed = WriteSite(config_, out_.string());
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(*listed, 0u);
  EXPECT_NE(Read(out_ / "index.html").find("<p>No editions yet.</p>"), std::string::npos);
  EXPECT_EQ(Read(out_ / "feed.xml").find("<item>"), std::string::npos);
}

TEST_F(SiteBuilderTest, AnUnreadableManifestIsAnErrorNamingItAndNothingIsWritten) {
  AddEdition("ebb", "2026-01-05");
  Write("broken/manifest.json", "{\"slug\": ");
  auto listed = WriteSite(config_, out_.string());
  ASSERT_FALSE(listed.ok());
  EXPECT_EQ(listed.error().message,
            (out_ / "broken" / "manifest.json").string() + ": not valid JSON");
  EXPECT_FALSE(fs::exists(out_ / "feed.xml"));
  EXPECT_FALSE(fs::exists(out_ / "index.html"));
}

TEST_F(SiteBuilderTest, AManifestOfAnotherToolIsAnErrorNamingIt) {
  Write("other/manifest.json", "{\"name\": \"not ours\"}");
  auto listed = WriteSite(config_, out_.string());
  ASSERT_FALSE(listed.ok());
  EXPECT_TRUE(listed.error().message.starts_with((out_ / "other" / "manifest.json").string() +
                                                 ": not a Spoken manifest"))
      << listed.error().message;
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

}  // namespace
}  // namespace spoken
