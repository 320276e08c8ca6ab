#include <gtest/gtest.h>

#include "core/ascii.h"

namespace spoken {
namespace {

TEST(AsciiLower, FoldsOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("EN-us_X1"), "en-us_x1");
  EXPECT_EQ(AsciiLower("ÄRZTE Straße"), "Ärzte straße");  // UTF-8 bytes pass through
  EXPECT_EQ(AsciiLower(""), "");
}

TEST(EqualsIgnoringAsciiCase, ComparesWholeTextsUpToCase) {
  EXPECT_TRUE(EqualsIgnoringAsciiCase("en-US", "EN-us"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("en-US", "en-GB"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("en", "en-US"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("Ä", "ä"));  // not ASCII: compared as bytes
}

}  // namespace
}  // namespace spoken
