#include "text/spoken_form.h"

#include <gtest/gtest.h>

namespace spoken {
namespace {

using Range = std::pair<size_t, size_t>;

// Building a normalizer compiles ICU rule sets; the tests share one per configuration.
const SpokenFormNormalizer& English() {
  static const auto* normalizer = SpokenFormNormalizer::Create({.locale = "en-US"})->release();
  return *normalizer;
}

TEST(SpokenForm, ReadsFourDigitYearsAsYears) {
  const SpokenText out = English().Normalize("A 2025 review, published in 2026.");
  EXPECT_EQ(out.spoken, "A twenty twenty-five review, published in twenty twenty-six.");
  ASSERT_EQ(out.rewrites.size(), 2u);
  EXPECT_EQ(out.rewrites[0].rule, "year");
  EXPECT_EQ(out.map.ToDisplay(2, 8), Range(2, 6));
}

TEST(SpokenForm, ReadsNumbersThatAreNotYearsAsNumbers) {
  EXPECT_EQ(English().Normalize("Call 12345 or 2026.5 now").spoken,
            "Call one two three four five or two thousand twenty-six point five now");
}

TEST(SpokenForm, EnDashBetweenWordsIsACompoundButBetweenPhrasesAPause) {
  EXPECT_EQ(English().Normalize("the bone\u2013brain axis").spoken, "the bone-brain axis");
  EXPECT_EQ(English().Normalize("bone \u2013 and brain").spoken, "bone - and brain");
}

TEST(SpokenForm, ReplacesTypographyAndKeepsTheMapToTheOriginal) {
  const std::string display = "the \u201Cbone\u2013brain axis\u201D";
  const SpokenText out = English().Normalize(display);
  EXPECT_EQ(out.spoken, "the \"bone-brain axis\"");
  const auto [begin, end] = out.map.ToDisplay(5, 9);  // "bone"
  EXPECT_EQ(display.substr(begin, end - begin), "bone");
}

TEST(SpokenForm, EveryRewriteMapsBackToWhatTheAuthorWrote) {
  const std::string display =
      "On 25 July 2012, 5 mg/dL cost $2.50 (Li et al., Biomolecules, 2026).";
  const SpokenText out = English().Normalize(display);
  for (const Rewrite& rewrite : out.rewrites) {
    const size_t at = out.spoken.find(rewrite.spoken);
    ASSERT_NE(at, std::string::npos) << rewrite.spoken;
    const auto [begin, end] = out.map.ToDisplay(at, at + rewrite.spoken.size());
    EXPECT_EQ(begin, rewrite.display_begin) << rewrite.spoken;
    EXPECT_EQ(end, rewrite.display_end) << rewrite.spoken;
  }
  EXPECT_EQ(out.map.display_length(), display.size());
  EXPECT_EQ(out.map.spoken_length(), out.spoken.size());
}

TEST(SpokenForm, NamesTheRuleOfEveryChange) {
  const SpokenText out = English().Normalize("In 2026, 12kg cost $5.");
  ASSERT_EQ(out.rewrites.size(), 3u);
  EXPECT_EQ(out.rewrites[0].rule, "year");
  EXPECT_EQ(out.rewrites[1].rule, "measure");
  EXPECT_EQ(out.rewrites[2].rule, "money");
}

TEST(SpokenForm, SeparatesWordsARewriteGluesTogether) {
  EXPECT_EQ(English().Normalize("about 12kg").spoken, "about twelve kilograms");
  EXPECT_EQ(English().Normalize("i saw (22) ducklings").spoken, "i saw (twenty-two) ducklings");
}

TEST(SpokenForm, KeepsTheFullStopARewriteTookWithIt) {
  EXPECT_EQ(English().Normalize("We met at 5 p.m.").spoken, "We met at five PM.");
  EXPECT_EQ(English().Normalize("Bring food, water, etc.").spoken, "Bring food, water, et cetera.");
}

TEST(SpokenForm, LeavesInlineMarkupAndMarkdownMarksAlone) {
  EXPECT_EQ(English().Normalize("<pitch=-.3>123</pitch>").spoken,
            "<pitch=-.3>one hundred twenty-three</pitch>");
  EXPECT_EQ(English().Normalize("## What is **new**").spoken, "## What is **new**");
}

TEST(SpokenForm, TextWithoutRulesIsUnchanged) {
  for (const char* text : {"May I come in?", "mother-in-law", "aaghart's", ""}) {
    const SpokenText out = English().Normalize(text);
    EXPECT_EQ(out.spoken, text);
    EXPECT_TRUE(out.rewrites.empty());
  }
}

TEST(SpokenForm, UnknownLocaleIsAConfigError) {
  auto normalizer = SpokenFormNormalizer::Create({.locale = "not a tag!"});
  ASSERT_FALSE(normalizer.ok());
  EXPECT_EQ(normalizer.error().code, ErrorCode::kConfig);
}

TEST(SpokenForm, LanguageWithoutATableGetsIcusGenericRules) {
  auto normalizer = SpokenFormNormalizer::Create({.locale = "fi-FI"});
  ASSERT_TRUE(normalizer.ok()) << normalizer.error().message;
  // ICU's Finnish number words, month names and day-first numeric dates.
  EXPECT_EQ((*normalizer)->Normalize("12 kaupunkia").spoken, "kaksitoista kaupunkia");
  EXPECT_EQ((*normalizer)->Normalize("5.3.2020").spoken,
            "viisi maaliskuuta kaksituhattakaksikymmentä");
  EXPECT_EQ(RuleLevelOf("fi-FI").value(), RuleLevel::kGeneric);
  EXPECT_EQ(RuleLevelOf("es").value(), RuleLevel::kFull);
}

TEST(SpokenForm, GenericDecimalsWithoutAPointWordAreSpelledByIcu) {
  // Russian says no "point": "three wholes, five tenths". It was "три  пять".
  auto normalizer = SpokenFormNormalizer::Create({.locale = "ru"});
  ASSERT_TRUE(normalizer.ok()) << normalizer.error().message;
  EXPECT_EQ((*normalizer)->Normalize("3,25 и 12").spoken,
            "три целых двадцать пять сотых и двенадцать");
  auto finnish = SpokenFormNormalizer::Create({.locale = "fi"});
  ASSERT_TRUE(finnish.ok()) << finnish.error().message;
  EXPECT_EQ((*finnish)->Normalize("3,5").spoken, "kolme pilkku viisi");
}

TEST(SpokenForm, LanguageWithoutNumberWordsGetsTypographyOnly) {
  auto normalizer = SpokenFormNormalizer::Create({.locale = "yo"});
  ASSERT_TRUE(normalizer.ok()) << normalizer.error().message;
  EXPECT_EQ((*normalizer)->Normalize("E kaaro \u2014 12.").spoken, "E kaaro, 12.");
  EXPECT_EQ(RuleLevelOf("yo").value(), RuleLevel::kTypography);
}

TEST(SpokenForm, NumberWordsInHanIdeographsAreLeftAsDigits) {
  // ICU writes "十二" and "二〇二四"; eSpeak NG's Japanese voice reads those as "Chinese
  // letter", its digits as Japanese numbers.
  for (const char* locale : {"ja", "zh", "yue"}) {
    auto normalizer = SpokenFormNormalizer::Create({.locale = locale});
    ASSERT_TRUE(normalizer.ok()) << normalizer.error().message;
    EXPECT_EQ((*normalizer)->Normalize("2024年 12").spoken, "2024年 12") << locale;
    EXPECT_EQ(RuleLevelOf(locale).value(), RuleLevel::kTypography) << locale;
  }
  EXPECT_EQ(RuleLevelOf("ko").value(), RuleLevel::kGeneric);  // Hangul number words
}

}  // namespace
}  // namespace spoken
