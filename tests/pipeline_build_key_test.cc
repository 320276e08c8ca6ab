#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "pipeline/build_key.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

// A spoken.yaml, a voice, a bundled lexicon and an article lexicon in a temporary folder.
class BuildKeyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("spoken-build-key-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "voices" / "lexicons");
    config_.config_path = Write("spoken.yaml", "site:\n  title: Tides\n");
    config_.voices_dir = (dir_ / "voices").string();
    Write("voices/en-us.yaml", "rate_wpm: 175\n");
    Write("voices/lexicons/en.pls", "<lexicon/>");
    article_.info.voice = "en-us";
    article_.info.language = "en-US";
    article_.info.lexicons = {Write("article.pls", "<lexicon/>")};
    article_.source_sha256 = "aa";
    key_ = BuildKey(article_, config_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& relative, const std::string& text) {
    const fs::path path = dir_ / relative;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    return path.string();
  }

  fs::path dir_;
  BuildConfig config_;
  Article article_;
  std::string key_;
};

TEST_F(BuildKeyTest, IsAHexSha256ThatTheSameInputsRepeat) {
  EXPECT_EQ(key_.size(), 64u);
  EXPECT_EQ(key_.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, ChangesWithTheSource) {
  article_.source_sha256 = "ab";
  EXPECT_NE(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, ChangesWithTheConfigurationFile) {
  Write("spoken.yaml", "site:\n  title: Moons\n");
  EXPECT_NE(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, ChangesWithTheVoiceProfile) {
  Write("voices/en-us.yaml", "rate_wpm: 180\n");
  EXPECT_NE(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, ChangesWithTheChosenVoice) {
  Write("voices/slow.yaml", "rate_wpm: 175\n");  // same content, another profile
  article_.info.voice = "slow";
  EXPECT_NE(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, ChangesWithTheBundledLexicon) {
  Write("voices/lexicons/en.pls", "<lexicon version=\"1.0\"/>");
  EXPECT_NE(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, ChangesWithTheVoiceAndLexiconOfAnInlinePassagesLanguage) {
  article_.sections.push_back({.blocks = {{.text = "A Zeitgeist.", .passages = {{2, 11, "de"}}}}});
  const std::string with_passage = BuildKey(article_, config_);
  EXPECT_NE(with_passage, key_);
  Write("voices/de.yaml", "rate_wpm: 170\n");
  const std::string with_voice = BuildKey(article_, config_);
  EXPECT_NE(with_voice, with_passage);
  Write("voices/lexicons/de.pls", "<lexicon/>");
  EXPECT_NE(BuildKey(article_, config_), with_voice);
}

TEST_F(BuildKeyTest, ChangesWithTheArticlesOwnLexicon) {
  Write("article.pls", "<lexicon version=\"1.0\"/>");
  EXPECT_NE(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, ChangesWhenALexiconIsAdded) {
  article_.info.lexicons.push_back(Write("more.pls", ""));
  EXPECT_NE(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, ChangesWithAFiguresPictureOnlyWhenTheBookCouldCarryIt) {
  article_.info.source_path = (dir_ / "article.html").string();
  article_.sections.push_back(
      {.blocks = {
           {.kind = BlockKind::kFigure, .text = "Image: a", .image = "hip.png"},
           {.kind = BlockKind::kFigure, .text = "Image: b", .image = "https://x.org/b.png"}}});
  const std::string missing = BuildKey(article_, config_);
  Write("hip.png", "one");
  const std::string one = BuildKey(article_, config_);
  EXPECT_NE(one, missing);
  Write("hip.png", "two");
  EXPECT_NE(BuildKey(article_, config_), one);
}

TEST_F(BuildKeyTest, ChangesWhenAMissingInputAppears) {
  fs::remove(config_.config_path);
  const std::string without = BuildKey(article_, config_);
  EXPECT_NE(without, key_);
  Write("spoken.yaml", "");  // a missing file counts as an empty one
  EXPECT_EQ(BuildKey(article_, config_), without);
}

TEST_F(BuildKeyTest, IgnoresFileTimesWhenTheContentIsTheSame) {
  for (const char* name : {"spoken.yaml", "voices/en-us.yaml", "voices/lexicons/en.pls"}) {
    fs::last_write_time(dir_ / name, fs::last_write_time(dir_ / name) + std::chrono::hours(1));
  }
  Write("article.pls", "<lexicon/>");  // rewritten with the same bytes
  EXPECT_EQ(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, IgnoresMetadataThatTheSourceDigestAlreadyCovers) {
  article_.info.title = "Another title";
  article_.info.slug = "another-slug";
  article_.info.source_path = "elsewhere/tides.md";
  EXPECT_EQ(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, DigestsTheConfigurationFileNotItsParsedValues) {
  // The key reads spoken.yaml's bytes; the parsed values in BuildConfig play no part.
  config_.site.title = "Changed in memory only";
  config_.master.target_lufs = -20;
  EXPECT_EQ(BuildKey(article_, config_), key_);
}

TEST_F(BuildKeyTest, ThePublishSectionOnlyTheSiteFilesReadChangesNoKey) {
  Write("spoken.yaml", "site:\n  title: Tides\npublish:\n  feed_items: 20\n");
  EXPECT_EQ(BuildKey(article_, config_), key_);
  Write("spoken.yaml", "publish:\n  feed_items: 5\n  index_page_size: 3\nsite:\n  title: Tides\n");
  EXPECT_EQ(BuildKey(article_, config_), key_);
  Write("spoken.yaml", "site:\n  title: Moons\npublish:\n  feed_items: 20\n");
  EXPECT_NE(BuildKey(article_, config_), key_);
}

}  // namespace
}  // namespace spoken
