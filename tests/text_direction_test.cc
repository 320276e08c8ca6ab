#include "text/text_direction.h"

#include <gtest/gtest.h>

namespace spoken {
namespace {

TEST(IsRightToLeft, LanguagesWrittenInArabicHebrewSyriacOrThaanaScript) {
  for (const char* tag : {"ar", "ar-EG", "he", "he-IL", "fa", "fa_IR", "ur", "yi", "ps", "sd", "ug",
                          "dv", "syr", "ckb"}) {
    EXPECT_TRUE(IsRightToLeft(tag)) << tag;
  }
}

TEST(IsRightToLeft, AnExplicitScriptSubtagDecides) {
  EXPECT_TRUE(IsRightToLeft("pa-Arab"));
  EXPECT_TRUE(IsRightToLeft("az-arab"));
  EXPECT_TRUE(IsRightToLeft("jrb-Hebr"));
  EXPECT_FALSE(IsRightToLeft("ar-Latn"));
  EXPECT_FALSE(IsRightToLeft("sd-Deva"));
}

TEST(IsRightToLeft, OtherLanguagesAndUnreadableTagsAreLeftToRight) {
  for (const char* tag :
       {"", "en-US", "de", "ja", "zh-Hant", "ko", "hi", "ru", "pa", "az", "not a tag!"}) {
    EXPECT_FALSE(IsRightToLeft(tag)) << tag;
  }
}

TEST(IsRightToLeft, AHistoricLikelyScriptDoesNotMakeALanguageRightToLeft) {
  // CLDR's likely script for Ancient Greek is the Cypriot syllabary (right to left); the
  // texts eSpeak NG reads as grc are in the Greek alphabet.
  EXPECT_FALSE(IsRightToLeft("grc"));
  EXPECT_TRUE(IsRightToLeft("grc-Cprt"));
}

}  // namespace
}  // namespace spoken
