// Dates, years, decades, quarters and times.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "text_test_support.h"

namespace spoken {
namespace {

TEST(TextDates, ReadsMonthFirstDatesAsWritten) {
  EXPECT_EQ(Say("July 25 2012"), "July twenty-fifth twenty twelve");
  EXPECT_EQ(Say("June 30, 2014"), "June thirtieth twenty fourteen");
  EXPECT_EQ(Say("SEPT. 15"), "September fifteenth");
  EXPECT_EQ(Say("Jan-15"), "January fifteenth");
}

TEST(TextDates, ReadsDayFirstDatesWithTheAndOf) {
  EXPECT_EQ(Say("25 July 2012"), "the twenty-fifth of July twenty twelve");
  EXPECT_EQ(Say("22nd july 2012"), "the twenty-second of July twenty twelve");
  EXPECT_EQ(Say("on the 26th May in the evening"), "on the twenty-sixth of May in the evening");
  EXPECT_EQ(Say("on the 3rd of May"), "on the third of May");
  EXPECT_EQ(Say("letters, 3rd of May, that"), "letters, third of May, that");  // no "the" added
}

TEST(TextDates, ReadsIsoDatesDayFirst) {
  EXPECT_EQ(Say("2006-08-05"), "the fifth of August two thousand six");
  EXPECT_EQ(Say("retrieved 2006-08-05", "en-GB"), "retrieved the fifth of August two thousand six");
}

TEST(TextDates, ReadsEarlyYearsAfterAMonthAndDayInPairs) {
  EXPECT_EQ(Say("died May 3, 453."), "died May third four fifty-three.");
}

TEST(TextDates, ReadsHyphenatedDatesWithAFourDigitYearAndDottedIsoDates) {
  EXPECT_EQ(Say("15-03-2024", "pt-BR"), "quinze de março de dois mil e vinte e quatro");
  EXPECT_EQ(Say("2024.03.15", "pt-BR"), "quinze de março de dois mil e vinte e quatro");
  // A score and a version number stay what they are.
  EXPECT_EQ(Say("3-2-1", "pt-BR"), "três-dois-um");
  EXPECT_EQ(Say("version 2024.3.1"), "version 2024.3.1");
}

TEST(TextDates, ReadsNumericDatesInTheLocalesOrder) {
  EXPECT_EQ(Say("10/06/2005"), "October sixth two thousand five");
  EXPECT_EQ(Say("10/06/2005", "en-GB"), "the tenth of June two thousand five");
  EXPECT_EQ(Say("15.01.2020"), "the fifteenth of January twenty twenty");  // 15 is no month
  EXPECT_EQ(Say("01/07/98"), "January seventh ninety-eight");
  EXPECT_EQ(Say("2016/07/03"), "July third twenty sixteen");
}

TEST(TextDates, ReadsBookAndNewsTimes) {
  EXPECT_EQ(Say("at 9:30 P. M. sharp"), "at nine thirty PM sharp");
  EXPECT_EQ(Say("by 6.15 a.m. we"), "by six fifteen AM we");
  EXPECT_EQ(Say("opens 0930 am"), "opens nine thirty AM");
  EXPECT_EQ(Say("version 6.15 is"), "version six point one five is");
}

TEST(TextDates, ReadsEarlyYearsOnlyAfterAWordThatIntroducesAYear) {
  EXPECT_EQ(Say("conquered by 1071."), "conquered by ten seventy-one.");
  EXPECT_EQ(Say("1071 soldiers"), "one thousand seventy-one soldiers");
}

TEST(TextDates, ReadsYearShapedCountsBeforeCountNounsAsNumbers) {
  EXPECT_EQ(Say("a river 1340 miles long"), "a river one thousand three hundred forty miles long");
  EXPECT_EQ(Say("in 1340 the river"), "in thirteen forty the river");
}

TEST(TextDates, ReadsRangesWithASpacedHyphenWithTo) {
  EXPECT_EQ(Say("( 1812 - 1870 )"), "( eighteen twelve to eighteen seventy )");
  EXPECT_EQ(Say("pages 14 - 19"), "pages fourteen to nineteen");
  EXPECT_EQ(Say("the 1960's"), "the nineteen sixties");
}

TEST(TextDates, ReadsYearsDecadesAndEras) {
  EXPECT_EQ(Say("in 1905"), "in nineteen oh-five");
  EXPECT_EQ(Say("the 1980s"), "the nineteen eighties");
  EXPECT_EQ(Say("the 1980 s and 10 s"), "the nineteen eighties and ten s");
  EXPECT_EQ(Say("the '80s"), "the eighties");
  EXPECT_EQ(Say("2000s"), "two thousands");
  EXPECT_EQ(Say("1960s-80s"), "nineteen sixties to eighties");
  EXPECT_EQ(Say("in 340 A.D. Rome"), "in three forty AD Rome");
  EXPECT_EQ(Say("1000"), "one thousand");
}

TEST(TextDates, ReadsYearRangesWithDashOrHyphen) {
  EXPECT_EQ(Say("in 2020-2021"), "in twenty twenty to twenty twenty-one");
  EXPECT_EQ(Say("in 2020-21"), "in twenty twenty to twenty-one");
  EXPECT_EQ(Say("1995\u20132001"), "nineteen ninety-five to two thousand one");
  // A later year first is no range: the hyphen stays a pause.
  EXPECT_EQ(Say("1995-1990"), "nineteen ninety-five - nineteen ninety");
}

TEST(TextDates, ReadsQuarters) {
  EXPECT_EQ(Say("growth in 2Q22"), "growth in the second quarter of twenty-two");
  EXPECT_EQ(Say("in the Q3 2024 report"), "in the third quarter of twenty twenty-four report");
}

TEST(TextTimes, ReadsClockTimesWithMeridiemAndZone) {
  EXPECT_EQ(Say("at 5 p.m. today"), "at five PM today");
  EXPECT_EQ(Say("01:59 p.m. e.s.t"), "one fifty-nine PM EST");
  EXPECT_EQ(Say("9:05am"), "nine oh five AM");
  EXPECT_EQ(Say("2pm-5pm"), "two PM to five PM");
}

TEST(TextTimes, ReadsTwentyFourHourTimes) {
  EXPECT_EQ(Say("17:30"), "seventeen thirty");
  EXPECT_EQ(Say("01:00"), "one o'clock");
}

TEST(TextTimes, ReadsHoursMinutesAndSecondsAsADuration) {
  EXPECT_EQ(Say("14:10:30"), "fourteen hours ten minutes and thirty seconds");
  EXPECT_EQ(Say("1:01:01"), "one hour one minute and one second");
}

}  // namespace
}  // namespace spoken
