#include <gtest/gtest.h>

#include "core/language_tag.h"

namespace spoken {
namespace {

TEST(PrimaryLanguage, IsTheFirstSubtagLowerCased) {
  EXPECT_EQ(PrimaryLanguage("en-US"), "en");
  EXPECT_EQ(PrimaryLanguage("pt_BR"), "pt");
  EXPECT_EQ(PrimaryLanguage("DE"), "de");
  EXPECT_EQ(PrimaryLanguage(""), "");
}

TEST(SamePrimaryLanguage, AgreesAcrossRegionsButNotLanguages) {
  EXPECT_TRUE(SamePrimaryLanguage("en-US", "en-GB"));
  EXPECT_TRUE(SamePrimaryLanguage("en", "EN_us"));
  EXPECT_FALSE(SamePrimaryLanguage("en-US", "de-US"));
  EXPECT_FALSE(SamePrimaryLanguage("en", "eng"));
}

}  // namespace
}  // namespace spoken
