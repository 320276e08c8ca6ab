#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>

#include "pipeline/edition_folder.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

// "tiny" is in shard 1/3 and "sections" in 2/3 (pipeline_shard_test pins both).
constexpr Shard kTinysShard{.index = 0, .count = 3};

class EditionFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    out_ = fs::temp_directory_path() / ("spoken-folder-test-" + std::to_string(::getpid()));
    fs::remove_all(out_);
    fs::create_directories(out_);
  }
  void TearDown() override { fs::remove_all(out_); }

  void Touch(const fs::path& relative) {
    fs::create_directories((out_ / relative).parent_path());
    std::ofstream(out_ / relative) << "x";
  }
  // What a killed build of "tiny" and of "sections" and a killed publish leave behind.
  void LeaveLeftovers() {
    for (const std::string slug : {"tiny", "sections"}) {
      Touch(fs::path("." + slug + ".building-123") / "manifest.json");
      Touch(fs::path(slug) / ("manifest.json.tmp-45"));
      Touch("." + slug + ".mp3.tmp-67");
    }
    Touch("feed.xml.tmp-89");
  }

  fs::path out_;
};

TEST_F(EditionFolderTest, AShardSweepsOnlyTheLeftoversOfItsOwnSlugs) {
  LeaveLeftovers();
  auto swept = SweepStaleTemporaries(out_.string(), kTinysShard);
  ASSERT_TRUE(swept.ok()) << swept.error().message;
  EXPECT_EQ(swept->size(), 3u);
  EXPECT_FALSE(fs::exists(out_ / ".tiny.building-123"));
  EXPECT_FALSE(fs::exists(out_ / "tiny" / "manifest.json.tmp-45"));
  EXPECT_FALSE(fs::exists(out_ / ".tiny.mp3.tmp-67"));
  EXPECT_TRUE(fs::exists(out_ / ".sections.building-123"));  // another shard may be writing
  EXPECT_TRUE(fs::exists(out_ / "sections" / "manifest.json.tmp-45"));
  EXPECT_TRUE(fs::exists(out_ / ".sections.mp3.tmp-67"));
  EXPECT_TRUE(fs::exists(out_ / "feed.xml.tmp-89"));  // the site's: publish sweeps it
}

TEST_F(EditionFolderTest, AWholeBuildSweepsEveryLeftover) {
  LeaveLeftovers();
  auto swept = SweepStaleTemporaries(out_.string());
  ASSERT_TRUE(swept.ok()) << swept.error().message;
  EXPECT_EQ(swept->size(), 7u);
  EXPECT_TRUE(fs::exists(out_ / "tiny"));
  EXPECT_FALSE(fs::exists(out_ / "feed.xml.tmp-89"));
}

TEST_F(EditionFolderTest, ShardsShareTheLockAndAWholeBuildTakesItAlone) {
  std::optional<Result<OutputFolderLock>> first, second;
  first.emplace(OutputFolderLock::Acquire(out_.string(), kTinysShard));
  second.emplace(OutputFolderLock::Acquire(out_.string(), Shard{.index = 1, .count = 3}));
  ASSERT_TRUE(first->ok() && second->ok());
  auto whole = OutputFolderLock::Acquire(out_.string(), Shard{});
  ASSERT_FALSE(whole.ok());
  EXPECT_EQ(whole.error().message,
            out_.string() +
                ": another spoken build is writing this folder (or a shard of one); "
                "try again when it has finished");
  first.reset();
  second.reset();
  auto alone = OutputFolderLock::Acquire(out_.string(), Shard{});
  ASSERT_TRUE(alone.ok());
  auto shard = OutputFolderLock::Acquire(out_.string(), kTinysShard);
  ASSERT_FALSE(shard.ok());
  EXPECT_EQ(shard.error().message, out_.string() +
                                       ": a whole spoken build or spoken publish is writing this "
                                       "folder; try again when it has finished");
}

}  // namespace
}  // namespace spoken
