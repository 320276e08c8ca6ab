#include <gtest/gtest.h>

#include "pipeline/audio_limit.h"

namespace spoken {
namespace {

Script TwoSections() {
  Script script;
  ScriptSection first;
  ScriptBlock block;
  block.sentences.push_back({.id = "s1", .spoken = "one two three four"});
  block.sentences.push_back({.id = "s2", .spoken = "  five\tsix "});
  first.blocks.push_back(block);
  script.sections.push_back(first);
  ScriptSection second;
  ScriptBlock other;
  other.sentences.push_back({.id = "s3", .spoken = "seven"});
  second.blocks.push_back(other);
  script.sections.push_back(second);
  return script;
}

TEST(AudioLimit, EstimatesWordsAtTheVoicesRatePlusItsPauses) {
  const VoiceProfile voice{.rate_wpm = 120,
                           .sentence_pause_ms = 100,
                           .paragraph_pause_ms = 1000,
                           .section_pause_ms = 10000};
  // 7 words at 2 a second; 3 sentence, 2 paragraph and 2 section pauses.
  EXPECT_EQ(EstimateAudioMs(TwoSections(), voice), 3500 + 300 + 2000 + 20000);
}

TEST(AudioLimit, AudioUpToTheLimitPasses) {
  EXPECT_TRUE(CheckAudioLimit("a.md", 60'000, 1, "it makes").ok());
}

TEST(AudioLimit, AudioOverTheLimitNamesTheArticleAndTheSetting) {
  Status status = CheckAudioLimit("content/a.md", 60'001, 1, "its text would make about");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().message,
            "content/a.md: its text would make about 2 minutes of audio, over the limit of 1 "
            "minutes (limits: max_audio_minutes in spoken.yaml)");
}

}  // namespace
}  // namespace spoken
