#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "pipeline/config.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

// Each test writes its spoken.yaml and voices/ into a fresh temporary folder.
class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("spoken-config-test-" + std::to_string(::getpid())) /
           info->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "voices");
  }
  void TearDown() override { fs::remove_all(dir_.parent_path()); }

  std::string Write(const std::string& relative, const std::string& text) {
    const fs::path path = dir_ / relative;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  // Loads `yaml` as spoken.yaml; the error message, or "" when it loaded.
  std::string ErrorOf(const std::string& yaml) {
    auto config = LoadConfig(Write("spoken.yaml", yaml));
    if (config.ok()) return "";
    EXPECT_EQ(config.error().code, ErrorCode::kConfig);
    return config.error().message;
  }
  std::string ConfigPath() const { return (dir_ / "spoken.yaml").string(); }

  fs::path dir_;
};

TEST_F(ConfigTest, FillsEveryKeyOfSpokenYaml) {
  auto config = LoadConfig(Write("spoken.yaml", R"(site:
  title: "Tide Tables"
  description: Read aloud.
  base_url: https://example.org/tides
  link: http://example.org/
  language: en-GB
  author: A. Writer
  owner_email: owner@example.org
  image: https://example.org/cover.png
  category: Science
  subcategory: Earth Sciences
  explicit: true
  podcast_guid: 917393e3-1b1e-5cef-ace4-edaa54e1f810
  copyright: "© 2026"
defaults:
  language: de-DE
  author: B. Writer
  voice: de
  citations: skip
audio:
  loudness_lufs: -19
  true_peak_ceiling_dbtp: -1.5
  mp3_vbr_level: 0.4
publish:
  feed_items: 50
  index_page_size: 20
limits:
  max_audio_minutes: 90
)"));
  ASSERT_TRUE(config.ok()) << config.error().message;
  const SiteInfo& site = config->site;
  EXPECT_EQ(site.title, "Tide Tables");
  EXPECT_EQ(site.description, "Read aloud.");
  EXPECT_EQ(site.base_url, "https://example.org/tides/");  // a trailing slash is added
  EXPECT_EQ(site.link, "http://example.org/");
  EXPECT_EQ(site.language, "en-GB");
  EXPECT_EQ(site.author, "A. Writer");
  EXPECT_EQ(site.owner_email, "owner@example.org");
  EXPECT_EQ(site.image_url, "https://example.org/cover.png");
  EXPECT_EQ(site.category, "Science");
  EXPECT_EQ(site.subcategory, "Earth Sciences");
  EXPECT_TRUE(site.explicit_content);
  EXPECT_EQ(site.podcast_guid, "917393e3-1b1e-5cef-ace4-edaa54e1f810");
  EXPECT_EQ(site.copyright, "© 2026");
  EXPECT_EQ(config->publish.feed_items, 50);
  EXPECT_EQ(config->publish.index_page_size, 20);
  EXPECT_EQ(config->article_defaults.language, "de-DE");
  EXPECT_EQ(config->article_defaults.author, "B. Writer");
  EXPECT_EQ(config->article_defaults.voice, "de");
  EXPECT_EQ(config->article_defaults.citations, CitationStyle::kSkip);
  EXPECT_DOUBLE_EQ(config->master.target_lufs, -19);
  EXPECT_DOUBLE_EQ(config->master.limiter.ceiling_dbtp, -1.5);
  EXPECT_DOUBLE_EQ(config->master.mp3.vbr_level, 0.4);
  EXPECT_EQ(config->max_audio_minutes, 90);
  EXPECT_EQ(config->config_path, ConfigPath());
  EXPECT_EQ(config->voices_dir, (dir_ / "voices").string());
}

TEST_F(ConfigTest, MissingOptionalFileGivesTheDefaults) {
  auto config = LoadConfig(ConfigPath(), ConfigFile::kOptional);
  ASSERT_TRUE(config.ok()) << config.error().message;
  EXPECT_EQ(config->site.title, SiteInfo{}.title);
  EXPECT_EQ(config->site.base_url, "https://example.org/audio/");
  EXPECT_EQ(config->article_defaults.language, "en-US");
  EXPECT_EQ(config->article_defaults.voice, "en-us");
  EXPECT_EQ(config->article_defaults.citations, CitationStyle::kBrief);
  EXPECT_DOUBLE_EQ(config->master.target_lufs, -16);
  EXPECT_EQ(config->config_path, ConfigPath());  // still keyed, as an empty file
}

TEST_F(ConfigTest, MissingRequiredFileIsAConfigErrorNamingIt) {
  auto config = LoadConfig(ConfigPath(), ConfigFile::kRequired);
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.error().code, ErrorCode::kConfig);
  EXPECT_EQ(config.error().message, ConfigPath() + ": no such configuration file");
}

TEST_F(ConfigTest, EmptyFileGivesTheDefaults) {
  EXPECT_EQ(ErrorOf(""), "");
  EXPECT_EQ(ErrorOf("# nothing set\n"), "");
}

TEST_F(ConfigTest, PartialSectionsKeepTheOtherDefaults) {
  auto config = LoadConfig(Write("spoken.yaml", "site:\n  title: Only the title\n"));
  ASSERT_TRUE(config.ok()) << config.error().message;
  EXPECT_EQ(config->site.title, "Only the title");
  EXPECT_EQ(config->site.category, "News");
  EXPECT_DOUBLE_EQ(config->master.mp3.vbr_level, 0.7);
}

TEST_F(ConfigTest, UnknownKeysAreNamedWithFileAndLine) {
  EXPECT_EQ(ErrorOf("site:\n  title: T\n  titel: T\n"),
            ConfigPath() + ":3: unknown key 'titel' in site");
  EXPECT_EQ(ErrorOf("site: {}\nsight: {}\n"),
            ConfigPath() + ":2: unknown key 'sight' in the top level");
  EXPECT_EQ(ErrorOf("audio:\n  loudness: -16\n"),
            ConfigPath() + ":2: unknown key 'loudness' in audio");
}

TEST_F(ConfigTest, SyntaxErrorsNameFileAndLine) {
  EXPECT_EQ(ErrorOf("site: [a, b\n"), ConfigPath() + ":2: end of sequence flow not found");
  EXPECT_EQ(ErrorOf("site:\n  title: a\n    b: c\n"), ConfigPath() + ":3: illegal map value");
  EXPECT_EQ(ErrorOf("- a list\n- not a mapping\n"),
            ConfigPath() + ":1: the top level must be a mapping");
}

TEST_F(ConfigTest, SiteValuesAreCheckedWhereTheyAreRead) {
  EXPECT_EQ(ErrorOf("site:\n  podcast_guid: not-a-uuid\n"),
            ConfigPath() +
                ":2: site.podcast_guid must be a UUID such as "
                "917393e3-1b1e-5cef-ace4-edaa54e1f810, got \"not-a-uuid\"");
  EXPECT_EQ(
      ErrorOf("site:\n  base_url: http://example.org/\n"),
      ConfigPath() + ":2: site.base_url must be an https:// URL, got \"http://example.org/\"");
  EXPECT_EQ(ErrorOf("site:\n  base_url: https://\n"),
            ConfigPath() + ":2: site.base_url must be an https:// URL, got \"https://\"");
  EXPECT_EQ(ErrorOf("site:\n  link: example.org\n"),
            ConfigPath() + ":2: site.link must be an http:// or https:// URL, got \"example.org\"");
  EXPECT_EQ(
      ErrorOf("site:\n  image: ftp://x/y.png\n"),
      ConfigPath() + ":2: site.image must be an http:// or https:// URL, got \"ftp://x/y.png\"");
  EXPECT_EQ(ErrorOf("site:\n  language: english\n"),
            ConfigPath() +
                ":2: site.language must be a BCP 47 language tag such as en-US, got \"english\"");
  EXPECT_EQ(ErrorOf("site:\n  owner_email: \"@example.org\"\n"),
            ConfigPath() + ":2: site.owner_email must be an e-mail address, got \"@example.org\"");
  EXPECT_EQ(ErrorOf("site:\n  explicit: sometimes\n"),
            ConfigPath() + ":2: site.explicit must be true or false");
  EXPECT_EQ(ErrorOf("site:\n  title: [a, b]\n"), ConfigPath() + ":2: site.title must be text");
  EXPECT_EQ(
      ErrorOf("publish:\n  feed_items: 0\n"),
      ConfigPath() + ":2: publish.feed_items must be a whole number from 1 to 100000 editions");
  EXPECT_EQ(
      ErrorOf("publish:\n  index_page_size: 10001\n"),
      ConfigPath() + ":2: publish.index_page_size must be a whole number from 1 to 10000 editions");
}

TEST_F(ConfigTest, BadDefaultsAreBlamedOnSpokenYaml) {
  EXPECT_EQ(ErrorOf("defaults:\n  citations: loud\n"),
            ConfigPath() + ":2: defaults.citations must be read, brief or skip, got \"loud\"");
  EXPECT_EQ(ErrorOf("defaults:\n  language: e\n"),
            ConfigPath() +
                ":2: defaults.language must be a BCP 47 language tag such as en-US, got \"e\"");
}

TEST_F(ConfigTest, AudioValuesMustBeWithinTheirBounds) {
  EXPECT_EQ(ErrorOf("audio:\n  loudness_lufs: -40\n  true_peak_ceiling_dbtp: 0\n"
                    "  mp3_vbr_level: 1\n"),
            "");
  EXPECT_EQ(ErrorOf("audio:\n  loudness_lufs: -5\n  true_peak_ceiling_dbtp: -20\n"
                    "  mp3_vbr_level: 0\n"),
            "");
  const std::string lufs = ":2: audio.loudness_lufs must be a number from -40 to -5 LUFS";
  EXPECT_EQ(ErrorOf("audio:\n  loudness_lufs: -41\n"), ConfigPath() + lufs);
  EXPECT_EQ(ErrorOf("audio:\n  loudness_lufs: -4.9\n"), ConfigPath() + lufs);
  EXPECT_EQ(ErrorOf("audio:\n  loudness_lufs: .nan\n"), ConfigPath() + lufs);
  EXPECT_EQ(ErrorOf("audio:\n  loudness_lufs: loud\n"), ConfigPath() + lufs);
  EXPECT_EQ(ErrorOf("audio:\n  true_peak_ceiling_dbtp: 0.5\n"),
            ConfigPath() + ":2: audio.true_peak_ceiling_dbtp must be a number from -20 to 0 dBTP");
  EXPECT_EQ(ErrorOf("audio:\n  mp3_vbr_level: 1.5\n"),
            ConfigPath() + ":2: audio.mp3_vbr_level must be a number from 0 to 1");
}

TEST_F(ConfigTest, ASectionMustBeAMapping) {
  EXPECT_EQ(ErrorOf("site: just text\n"), ConfigPath() + ":1: site must be a mapping");
}

class VoiceProfileTest : public ConfigTest {};

TEST_F(VoiceProfileTest, FillsEveryKey) {
  Write("voices/slow.yaml", R"(espeak_voice: en-gb
language: en-GB
rate_wpm: 120
pitch: 40
pitch_range: 30
sentence_pause_ms: 400
paragraph_pause_ms: 800
section_pause_ms: 1600
)");
  auto voice = LoadVoiceProfile((dir_ / "voices").string(), "slow");
  ASSERT_TRUE(voice.ok()) << voice.error().message;
  EXPECT_EQ(voice->name, "slow");
  EXPECT_EQ(voice->espeak_voice, "en-gb");
  EXPECT_EQ(voice->language, "en-GB");
  EXPECT_EQ(voice->rate_wpm, 120);
  EXPECT_EQ(voice->pitch, 40);
  EXPECT_EQ(voice->pitch_range, 30);
  EXPECT_EQ(voice->sentence_pause_ms, 400);
  EXPECT_EQ(voice->paragraph_pause_ms, 800);
  EXPECT_EQ(voice->section_pause_ms, 1600);
}

TEST_F(VoiceProfileTest, UnknownVoiceNamesTheMissingFile) {
  const std::string voices = (dir_ / "voices").string();
  auto voice = LoadVoiceProfile(voices, "nobody");
  ASSERT_FALSE(voice.ok());
  EXPECT_EQ(voice.error().code, ErrorCode::kConfig);
  EXPECT_EQ(voice.error().message,
            "unknown voice 'nobody': " + voices + "/nobody.yaml does not exist");
}

TEST_F(VoiceProfileTest, ValuesMustBeWithinTheirBounds) {
  const std::string voices = (dir_ / "voices").string();
  const auto error_of = [&](const std::string& yaml) -> std::string {
    const std::string path = Write("voices/v.yaml", yaml);
    auto voice = LoadVoiceProfile(voices, "v");
    return voice.ok() ? "" : voice.error().message.substr(path.size());
  };
  EXPECT_EQ(error_of("rate_wpm: 80\npitch: 0\npitch_range: 100\nsentence_pause_ms: 10000\n"), "");
  EXPECT_EQ(error_of("rate_wpm: 449\n"), "");
  EXPECT_EQ(error_of("rate_wpm: 450\n"),
            ":1: rate_wpm must be a whole number from 80 to 449 words per minute");
  EXPECT_EQ(error_of("rate_wpm: 79\n"),
            ":1: rate_wpm must be a whole number from 80 to 449 words per minute");
  EXPECT_EQ(error_of("rate_wpm: 175.5\n"),
            ":1: rate_wpm must be a whole number from 80 to 449 words per minute");
  EXPECT_EQ(error_of("language: en-US\npitch: 101\n"),
            ":2: pitch must be a whole number from 0 to 100");
  EXPECT_EQ(error_of("pitch_range: -1\n"), ":1: pitch_range must be a whole number from 0 to 100");
  EXPECT_EQ(error_of("sentence_pause_ms: 10001\n"),
            ":1: sentence_pause_ms must be a whole number from 0 to 10000 ms");
  EXPECT_EQ(error_of("paragraph_pause_ms: -5\n"),
            ":1: paragraph_pause_ms must be a whole number from 0 to 10000 ms");
  EXPECT_EQ(error_of("section_pause_ms: x\n"),
            ":1: section_pause_ms must be a whole number from 0 to 10000 ms");
  EXPECT_EQ(error_of("language: klingon-for-real\n"),
            ":1: language must be a BCP 47 language tag such as en-US, got \"klingon-for-real\"");
  EXPECT_EQ(error_of("speed: 2\n"), ":1: unknown key 'speed' in the voice profile");
}

TEST_F(VoiceProfileTest, TheShippedVoiceLoads) {
  auto voice = LoadVoiceProfile(SPOKEN_SOURCE_DIR "/voices", "en-us");
  ASSERT_TRUE(voice.ok()) << voice.error().message;
  EXPECT_EQ(voice->language, "en-US");
}

TEST_F(ConfigTest, EpubSyncIsSentenceOrWord) {
  auto config = LoadConfig(Write("spoken.yaml", "epub:\n  sync: word\n"));
  ASSERT_TRUE(config.ok()) << config.error().message;
  EXPECT_EQ(config->epub.sync, EpubSync::kWord);
  EXPECT_NE(ErrorOf("epub:\n  sync: letter\n").find("spoken.yaml:2:"), std::string::npos);
}

}  // namespace
}  // namespace spoken
