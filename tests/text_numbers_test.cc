// Numbers: cardinals, ordinals, decimals, fractions, ranges, identifiers and serials.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "text_test_support.h"

namespace spoken {
namespace {

TEST(TextNumbers, ReadsAmericanCardinalsWithoutAnd) {
  EXPECT_EQ(Say("123"), "one hundred twenty-three");
  EXPECT_EQ(Say("18081"), "one eight oh eight one");  // ungrouped: an identifier
  EXPECT_EQ(Say("18,081"), "eighteen thousand eighty-one");
  EXPECT_EQ(Say("340 feet", "en"), "three hundred forty feet");
  EXPECT_EQ(Say("9000"), "nine thousand");
}

TEST(TextNumbers, ReadsBritishCardinalsWithAndBeforeTheLastTens) {
  EXPECT_EQ(Say("123", "en-GB"), "one hundred and twenty-three");
  EXPECT_EQ(Say("18,081", "en-GB"), "eighteen thousand and eighty-one");
  EXPECT_EQ(Say("123,000", "en-GB"), "one hundred twenty-three thousand");
  EXPECT_EQ(Say("$340", "en-AU"), "three hundred and forty dollars");
}

TEST(TextNumbers, ReadsNegativesWithHyphenOrUnicodeMinus) {
  EXPECT_EQ(Say("-2"), "minus two");
  EXPECT_EQ(Say("\u22122.5"), "minus two point five");
  EXPECT_EQ(Say("a drop of -0.1"), "a drop of minus zero point one");
}

TEST(TextNumbers, ReadsNumbersBeyondQuadrillions) {
  EXPECT_EQ(Say("124,444,234,854,823,834,553"),
            "one hundred twenty-four quintillion four hundred forty-four quadrillion two hundred "
            "thirty-four trillion eight hundred fifty-four billion eight hundred twenty-three "
            "million eight hundred thirty-four thousand five hundred fifty-three");
}

TEST(TextNumbers, ReadsUngroupedLongNumbersDigitByDigit) {
  EXPECT_EQ(Say("ZIP 95051"), "ZIP nine five oh five one");
  EXPECT_EQ(Say("code 007"), "code oh oh seven");
}

TEST(TextNumbers, SaysOhForAZeroAmongDigitsInAmericanAndZeroInBritish) {
  EXPECT_EQ(Say("version 1.0"), "version one point zero");  // a zero alone is the value
  EXPECT_EQ(Say("3.00 and 1.07"), "three point oh oh and one point oh seven");
  EXPECT_EQ(Say("0.99"), "zero point nine nine");
  EXPECT_EQ(Say("ZIP 95051", "en-GB"), "ZIP nine five zero five one");
  EXPECT_EQ(Say("2.050", "en-GB"), "two point zero five zero");
}

TEST(TextNumbers, ReadsBookAndSerialNumbersDigitByDigit) {
  EXPECT_EQ(Say("ISBN 0-521-36395-0."), "I S B N oh five two one three six three nine five oh.");
  EXPECT_EQ(Say("ISBN 0-8044-2957-X"), "I S B N oh eight oh four four two nine five seven X");
  EXPECT_EQ(Say("ISSN 0002-2977"), "I S S N oh oh oh two two nine seven seven");
}

TEST(TextNumbers, ReadsNoRangeBesideAnIdentifier) {
  EXPECT_EQ(Say("pages 400 - 800"), "pages four hundred to eight hundred");
  EXPECT_EQ(Say("170 - 45190"), "one hundred seventy - four five one nine oh");
}

TEST(TextNumbers, ReadsALongNumberAfterAWordOfProseAsACount) {
  EXPECT_EQ(Say("numbering 326742 in all"),
            "numbering three hundred twenty-six thousand seven "
            "hundred forty-two in all");
  EXPECT_EQ(Say("zip code 90210"), "zip code nine oh two one oh");
  EXPECT_EQ(Say("Cullen (N 21770)"), "Cullen (N two one seven seven oh)");
  EXPECT_EQ(Say("code 007"), "code oh oh seven");
}

TEST(TextNumbers, ReadsDecimalsDigitByDigitAfterThePoint) {
  EXPECT_EQ(Say("2.050"), "two point oh five oh");
  EXPECT_EQ(Say(".1665"), "point one six six five");
  EXPECT_EQ(Say("5.4, or 5.5"), "five point four, or five point five");
}

TEST(TextNumbers, ReadsOrdinalsOnlyWithTheRightSuffix) {
  EXPECT_EQ(Say("1st"), "first");
  EXPECT_EQ(Say("22nd"), "twenty-second");
  EXPECT_EQ(Say("111th"), "one hundred eleventh");
  EXPECT_EQ(Say("9,000,000th"), "nine millionth");
  EXPECT_EQ(Say("4rd"), "four rd");
}

TEST(TextNumbers, ReadsFractionsWithTheirDenominators) {
  EXPECT_EQ(Say("3/4"), "three quarters");
  EXPECT_EQ(Say("1/3"), "one third");
  EXPECT_EQ(Say("2 1/2"), "two and a half");
  EXPECT_EQ(Say("31/32"), "thirty-one thirty-seconds");
  EXPECT_EQ(Say("\u00BD cup"), "one half cup");
  EXPECT_EQ(Say("1 \u00BE"), "one and three quarters");
}

TEST(TextNumbers, ReadsLargeOverLargeAsARatio) {
  EXPECT_EQ(Say("120/80 mmHg"), "one hundred twenty over eighty mmHg");
}

TEST(TextNumbers, ReadsEnDashRangesWithTo) {
  EXPECT_EQ(Say("pages 12\u201315"), "pages twelve to fifteen");
  EXPECT_EQ(Say("1990\u20131995"), "nineteen ninety to nineteen ninety-five");
  EXPECT_EQ(Say("(40.1%\u201350.3%)"), "(forty point one percent to fifty point three percent)");
}

TEST(TextNumbers, KeepsAPauseForAHyphenBetweenBareNumbers) {
  // A score, a range or a code: the reading stays neutral.
  EXPECT_EQ(Say("won 3-2"), "won three - two");
}

TEST(TextNumbers, ReadsSerialsPieceByPiece) {
  EXPECT_EQ(Say("covid-19"), "covid-nineteen");
  EXPECT_EQ(Say("25d08A"), "twenty-five d oh eight A");
  EXPECT_EQ(Say("your otp is ab9453"), "your otp is ab nine four five three");
  EXPECT_EQ(Say("a 4-kilogram bag"), "a four kilogram bag");
}

TEST(TextNumbers, ReadsSymbolsBetweenNumbers) {
  EXPECT_EQ(Say("2+3"), "two plus three");
  EXPECT_EQ(Say("2*8"), "two asterisk eight");
  EXPECT_EQ(Say("$ and 5% or %"), "dollar and five percent or percent");
}

}  // namespace
}  // namespace spoken
