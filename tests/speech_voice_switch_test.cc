#include <gtest/gtest.h>

#include "speech/voice_switch.h"

namespace spoken {
namespace {

const EditionVoices kVoices{
    .main = {}, .passages = {{"de", {.name = "de", .espeak_voice = "de", .language = "de-DE"}}}};

TEST(VoiceSwitch, APassageIsSwitchedToAndTheSentencesVoiceSwitchedBackTo) {
  const Utterance utterance{.engine_input = "the Zeitgeist of it",
                            .language = "en-US",
                            .language_changes = {{4, "de"}, {13, "en-US"}}};
  const SwitchedInput input = SwitchVoices(utterance, kVoices);
  EXPECT_EQ(input.ssml,
            "the <voice name=\"de\">Zeitgeist</voice><voice name=\"en-us\"> of it</voice>");
  // Markup stands for the code point after it; text maps one to one.
  ASSERT_EQ(input.input_code_points.size(), 73u);  // 72 code points and the end
  EXPECT_EQ(input.input_code_points[3], 3u);
  EXPECT_EQ(input.input_code_points[4], 4u);   // '<' of the switch
  EXPECT_EQ(input.input_code_points[21], 4u);  // 'Z'
  EXPECT_EQ(input.input_code_points[22], 5u);
  EXPECT_EQ(input.input_code_points[30], 13u);  // '<' of "</voice>"
  EXPECT_EQ(input.input_code_points[58], 13u);  // ' ' after the switch back
  EXPECT_EQ(input.input_code_points.back(), 19u);
}

TEST(VoiceSwitch, MultiByteTextCountsInCodePoints) {
  const Utterance utterance{
      .engine_input = "für Gäste", .language = "en-US", .language_changes = {{0, "de"}}};
  const SwitchedInput input = SwitchVoices(utterance, kVoices);
  EXPECT_EQ(input.ssml, "<voice name=\"de\">für Gäste</voice>");
  ASSERT_EQ(input.input_code_points.size(), 17u + 9u + 8u + 1u);
  EXPECT_EQ(input.input_code_points[17 + 5], 5u);  // 'ä'
  EXPECT_EQ(input.input_code_points.back(), 9u);
}

TEST(VoiceSwitch, AChangeToALanguageReadByTheSameVoiceSwitchesNothing) {
  const Utterance utterance{.engine_input = "colour me",
                            .language = "en-US",
                            .language_changes = {{0, "en-GB"}, {6, "en-US"}}};
  const SwitchedInput input = SwitchVoices(utterance, kVoices);
  EXPECT_EQ(input.ssml, "colour me");
  EXPECT_EQ(input.input_code_points.size(), 10u);
}

}  // namespace
}  // namespace spoken
