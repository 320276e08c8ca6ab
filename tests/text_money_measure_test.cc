// Money and measures.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "text_test_support.h"

namespace spoken {
namespace {

TEST(TextMeasures, ReadsScaleWordsFractionsAndPerBeforeUnits) {
  EXPECT_EQ(Say("3 billion km"), "three billion kilometers");
  EXPECT_EQ(Say("$4/lb or 7/lb"), "four dollars per pound or seven per pound");
  EXPECT_EQ(Say("( 21.5/km² )"), "( twenty-one point five per square kilometer )");
  EXPECT_EQ(Say("3/4 mi"), "three quarters miles");
  EXPECT_EQ(Say("12 sq mi"), "twelve square miles");
}

TEST(TextMoney, ReadsMajorAndMinorUnits) {
  EXPECT_EQ(Say("$2.50"), "two dollars fifty cents");
  EXPECT_EQ(Say("$1"), "one dollar");
  EXPECT_EQ(Say("$0.01"), "one cent");
  EXPECT_EQ(Say("\u00A32.01"), "two pounds one penny");
  EXPECT_EQ(Say("$20.500"), "twenty dollars fifty cents");
}

TEST(TextMoney, ReadsMoreThanTwoDecimalsAsADecimalAmount) {
  EXPECT_EQ(Say("\u00A31.111"), "one point one one one pounds");
  EXPECT_EQ(Say("$.506"), "point five oh six dollars");
}

TEST(TextMoney, ReadsScaleWordsAndAbbreviations) {
  EXPECT_EQ(Say("$0.2 million"), "zero point two million dollars");
  EXPECT_EQ(Say("\u00A530b"), "thirty billion yen");
  EXPECT_EQ(Say("\u20A9460 billion"), "four hundred sixty billion won");
  EXPECT_EQ(Say("US $76.3 trillion"), "US seventy-six point three trillion dollars");
}

TEST(TextMoney, ReadsRatesAndRanges) {
  EXPECT_EQ(Say("$20/mo"), "twenty dollars per month");
  EXPECT_EQ(Say("$0.5/hr"), "fifty cents per hour");
  EXPECT_EQ(Say("$250-$300"), "two hundred fifty dollars to three hundred dollars");
  EXPECT_EQ(Say("$5-10"), "five to ten dollars");
}

TEST(TextMoney, ReadsCurrencyCodesAndSymbolsAfterTheAmount) {
  EXPECT_EQ(Say("USD 40"), "forty US dollars");
  EXPECT_EQ(Say("40 \u20AC"), "forty euros");
}

TEST(TextMoney, AnAmountGluedToSymbolsIsNotMoney) {
  EXPECT_EQ(Say("$12@12%"), "dollar twelve at twelve percent");
}

TEST(TextMeasures, ReadsUnitsWithSingularAndPlural) {
  EXPECT_EQ(Say("12kg"), "twelve kilograms");
  EXPECT_EQ(Say("1 mbps"), "one megabit per second");
  EXPECT_EQ(Say("1\u00B0C"), "one degree Celsius");
  EXPECT_EQ(Say("2\u00B0C"), "two degrees Celsius");
  EXPECT_EQ(Say("10 \u00B5g"), "ten micrograms");
}

TEST(TextMeasures, ReadsCompoundUnitsWithPer) {
  EXPECT_EQ(Say("5 mg/dL"), "five milligrams per deciliter");
  EXPECT_EQ(Say("80 km/h"), "eighty kilometers per hour");
  EXPECT_EQ(Say("12kg/kg"), "twelve kilograms per kilogram");
  EXPECT_EQ(Say("3 m/s"), "three meters per second");
}

TEST(TextMeasures, ReadsRangesFractionsAndPowers) {
  EXPECT_EQ(Say("5-10 mg"), "five to ten milligrams");
  EXPECT_EQ(Say("4 1/2 lbs"), "four and a half pounds");
  EXPECT_EQ(Say("41,459.00 km\u00B3"),
            "forty-one thousand four hundred fifty-nine point oh oh cubic kilometers");
  EXPECT_EQ(Say("25%"), "twenty-five percent");
}

TEST(TextMeasures, ReadsUnitWordsAfterAHyphenedNumber) {
  EXPECT_EQ(Say("a 7.2-millimeter bullet"), "a seven point two millimeter bullet");
}

TEST(TextMeasures, LeavesAmbiguousSingleLetterUnitsAlone) {
  EXPECT_EQ(Say("80 s"), "eighty s");
  EXPECT_EQ(Say("5 in 10 people"), "five in ten people");
}

}  // namespace
}  // namespace spoken
