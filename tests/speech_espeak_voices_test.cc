#include <gtest/gtest.h>

#include "speech/espeak_voices.h"

namespace spoken {
namespace {

TEST(EspeakVoices, FindsAVoiceWhoseTagESpeakWritesWithCapitals) {
  // eSpeak NG lists the Cherokee voice as "chr-US-Qaaa-x-west".
  const auto voice = EspeakVoiceForLanguage("chr-US-Qaaa-x-west");
  ASSERT_TRUE(voice.has_value());
  EXPECT_EQ(EspeakVoiceForLanguage("chr-us-qaaa-x-west"), voice);
  EXPECT_EQ(EspeakVoiceForLanguage("chr"), voice);  // the only Cherokee voice
}

TEST(EspeakVoices, FindsTheWholeTagBeforeThePrimaryLanguage) {
  EXPECT_NE(EspeakVoiceForLanguage("pt-BR"), EspeakVoiceForLanguage("pt-PT"));
  EXPECT_EQ(EspeakVoiceForLanguage("fi-FI"), EspeakVoiceForLanguage("fi"));
}

TEST(EspeakVoices, HasNoVoiceForALanguageItCannotSpeak) {
  EXPECT_FALSE(EspeakVoiceForLanguage("yo").has_value());
}

}  // namespace
}  // namespace spoken
