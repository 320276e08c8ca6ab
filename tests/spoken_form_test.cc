#include "text/spoken_form.h"

#include <gtest/gtest.h>

namespace spoken {
namespace {

using Range = std::pair<size_t, size_t>;

std::unique_ptr<SpokenFormNormalizer> English() {
  auto normalizer = SpokenFormNormalizer::Create({.locale = "en-US"});
  EXPECT_TRUE(normalizer.ok());
  return std::move(normalizer).value();
}

TEST(SpokenForm, ReadsFourDigitYearsAsYears) {
  const SpokenText out = English()->Normalize("A 2025 review, published in 2026.");
  EXPECT_EQ(out.spoken, "A twenty twenty five review, published in twenty twenty six.");
  ASSERT_EQ(out.rewrites.size(), 2u);
  EXPECT_EQ(out.rewrites[0].rule, "year");
  EXPECT_EQ(out.map.ToDisplay(2, 8), Range(2, 6));
}

TEST(SpokenForm, LeavesNumbersThatAreNotYearsAlone) {
  EXPECT_EQ(English()->Normalize("Call 12345 or 2026.5 now").spoken, "Call 12345 or 2026.5 now");
}

TEST(SpokenForm, ReplacesTypographyAndKeepsTheMapToTheOriginal) {
  const std::string display = "the \u201Cbone\u2013brain axis\u201D";
  const SpokenText out = English()->Normalize(display);
  EXPECT_EQ(out.spoken, "the \"bone - brain axis\"");
  const auto [begin, end] = out.map.ToDisplay(5, 9);  // "bone"
  EXPECT_EQ(display.substr(begin, end - begin), "bone");
}

TEST(SpokenForm, UnknownLocaleIsAConfigError) {
  auto normalizer = SpokenFormNormalizer::Create({.locale = "not a tag!"});
  ASSERT_FALSE(normalizer.ok());
  EXPECT_EQ(normalizer.error().code, ErrorCode::kConfig);
}

}  // namespace
}  // namespace spoken
