#include "pronounce/engine_guard.h"

#include <gtest/gtest.h>

#include "pronounce/planner.h"
#include "pronounce/utf8.h"

namespace spoken {
namespace {

Utterance Planned(const std::string& text) {
  Utterance utterance;
  AppendEscaped(text, 0, utterance);
  utterance.spoken_offsets.push_back(static_cast<uint32_t>(text.size()));
  return utterance;
}

void ExpectOneOffsetPerCodePoint(const Utterance& utterance) {
  EXPECT_EQ(utterance.spoken_offsets.size(), DecodeUtf8(utterance.engine_input).size() + 1);
}

TEST(EngineGuard, OrdinaryTextIsUntouched) {
  Utterance utterance = Planned("Bones & brains, caf\xC3\xA9 [x] ok.");
  const std::string before = utterance.engine_input;
  EXPECT_EQ(GuardEngineInput(utterance), 0u);
  EXPECT_EQ(utterance.engine_input, before);
}

TEST(EngineGuard, CharactersNewerThanUnicode9AndControlsAreDropped) {
  Utterance utterance = Planned(
      "H\xE0\xAB\xBE a\x01"
      "b");  // U+0AFE, U+0001
  EXPECT_EQ(GuardEngineInput(utterance), 2u);
  EXPECT_EQ(utterance.engine_input, "H ab");
  EXPECT_EQ(utterance.spoken_offsets, (std::vector<uint32_t>{0, 4, 5, 7, 8}));
}

TEST(EngineGuard, LongWordsAreBrokenAndRepeatsCut) {
  std::string quotes;
  for (int i = 0; i < 220; ++i) quotes += "s'";
  Utterance utterance = Planned(quotes);
  EXPECT_GT(GuardEngineInput(utterance), 0u);
  ExpectOneOffsetPerCodePoint(utterance);
  size_t word = 0;
  for (const char c : utterance.engine_input) {
    word = c == ' ' ? 0 : word + 1;
    EXPECT_LE(word, kMaxEngineWordChars);
  }
  Utterance repeated = Planned("no" + std::string(100, '!'));
  GuardEngineInput(repeated);
  EXPECT_EQ(repeated.engine_input, "no" + std::string(kMaxEngineRepeats, '!'));
}

TEST(EngineGuard, HintsAndEscapesStayWhole) {
  Utterance utterance;
  AppendEscaped(std::string(39, 'a') + "&", 0, utterance);
  AppendHint("b'On", 40, 44, utterance);
  utterance.spoken_offsets.push_back(44);
  GuardEngineInput(utterance);
  EXPECT_NE(utterance.engine_input.find("&amp;"), std::string::npos);
  EXPECT_NE(utterance.engine_input.find("[[b'On]]"), std::string::npos);
  ExpectOneOffsetPerCodePoint(utterance);
}

TEST(EngineGuard, ARunOfEscapesIsBrokenBetweenThem) {
  // Found by fuzz_speech_plan: "&&&&..." in a URL became one unbroken word of escapes.
  Utterance utterance = Planned("https://ex" + std::string(60, '&') + "ample.com");
  GuardEngineInput(utterance);
  size_t word = 0;
  for (const char c : utterance.engine_input) {
    word = c == ' ' ? 0 : word + 1;
    EXPECT_LE(word, kMaxEngineWordChars + 4);
  }
  ExpectOneOffsetPerCodePoint(utterance);
}

TEST(EngineGuard, ADroppedCharacterNeverOpensPhonemeInput) {
  Utterance utterance = Planned("[\x01[x]]");
  GuardEngineInput(utterance);
  EXPECT_EQ(utterance.engine_input.find("[["), std::string::npos);
  ExpectOneOffsetPerCodePoint(utterance);
}

}  // namespace
}  // namespace spoken
