// Words and symbols: abbreviations, initialisms, Roman numerals, electronic addresses,
// telephone numbers, addresses, citations, equations and statistics.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "text_test_support.h"

namespace spoken {
namespace {

std::string SayCitation(const std::string& text, CitationStyle style) {
  auto normalizer = SpokenFormNormalizer::Create({.locale = "en-US", .citations = style});
  return (*normalizer)->Normalize(text).spoken;
}

TEST(TextWords, ExpandsAbbreviationsEspeakWouldStopAt) {
  EXPECT_EQ(Say("Dr. Smith and Mr. Li, see Fig. 2"), "Doctor Smith and Mister Li, see Figure two");
  EXPECT_EQ(Say("e.g. this, i.e. that"), "for example this, that is that");
  EXPECT_EQ(Say("Li et al. found"), "Li and colleagues found");
}

TEST(TextWords, ExpandsAbbreviationsByTheWordsAroundThem) {
  EXPECT_EQ(Say("St Kilda and st Ives"), "Saint Kilda and saint Ives");
  EXPECT_EQ(Say("up Mt. Hood with Rev. Lee"), "up Mount Hood with Reverend Lee");
  EXPECT_EQ(Say("Tom Brown jr said"), "Tom Brown junior said");
  EXPECT_EQ(Say("born in Macon, Ga., in"), "born in Macon, Georgia, in");
  EXPECT_EQ(Say("Ga. is short"), "Ga. is short");  // no place name before it
  EXPECT_EQ(Say("ranked # 3 and #12"), "ranked number three and number twelve");
  EXPECT_EQ(Say("the # key"), "the hash key");
}

TEST(TextWords, SpellsCapitalsWithoutAVowel) {
  EXPECT_EQ(Say("flew to NYC on the BBC jet"), "flew to N Y C on the B B C jet");
  EXPECT_EQ(Say("NASA and NATO"), "NASA and NATO");
  EXPECT_EQ(Say("BY THE SEA"), "BY THE SEA");
  // A vowel only in front of three consonants: no word, unless an H or plural S ends one.
  EXPECT_EQ(Say("its OCLC number"), "its O C L C number");
  EXPECT_EQ(Say("an ARCH and INKS and ARM"), "an ARCH and INKS and ARM");
}

TEST(TextWords, ReadsBritishSpellingsTheAmericanWayForAnAmericanVoice) {
  EXPECT_EQ(Say("The organisation equalised; organisers symbolise it."),
            "The organization equalized; organizers symbolize it.");
  EXPECT_EQ(Say("a valise of anise, a promise"), "a valise of anise, a promise");
  EXPECT_EQ(Say("The organisation", "en-GB"), "The organisation");
}

TEST(TextWords, SpellsInitialismsButNotTheWord) {
  EXPECT_EQ(Say("the WHO said who"), "the W H O said who");
  EXPECT_EQ(Say("in the U.S. today"), "in the US today");
  EXPECT_EQ(Say("C. S. Lewis"), "CS Lewis");
}

TEST(TextWords, ReadsRomanNumeralsOnlyInContext) {
  EXPECT_EQ(Say("King Henry VIII"), "King Henry the eighth");
  EXPECT_EQ(Say("World War II"), "World War two");
  EXPECT_EQ(Say("Chapter IV"), "Chapter four");
  EXPECT_EQ(Say("Sam and I"), "Sam and I");
  EXPECT_EQ(Say("Part DID"), "Part DID");  // not a canonical numeral
}

TEST(TextWords, ReadsRomanNumeralsAfterRegnalNamesAndTitlesAsOrdinals) {
  EXPECT_EQ(Say("the reign of Otto III, who"), "the reign of Otto the third, who");
  EXPECT_EQ(Say("Pope Sixtus IV."), "Pope Sixtus the fourth.");
  EXPECT_EQ(Say("Emperor Zog III"), "Emperor Zog the third");  // any name after a title
  EXPECT_EQ(Say("under George I, the"), "under George the first, the");
  EXPECT_EQ(Say("when Paul I went"), "when Paul I went");  // "I" before a verb
  EXPECT_EQ(Say("Peter I of Russia"), "Peter the first of Russia");
}

TEST(TextWords, ReadsRomanNumeralHeadingsAsCardinals) {
  EXPECT_EQ(Say("XIV."), "fourteen.");
  EXPECT_EQ(Say("IX. THE RETURN"), "nine. THE RETURN");
  EXPECT_EQ(Say("CANTO XII"), "CANTO twelve");
  EXPECT_EQ(Say("I went home."), "I went home.");
  EXPECT_EQ(Say("CD sales fell"), "C D sales fell");  // spelled, not six hundred
}

TEST(TextWords, ReadsRomanNumeralsAfterOtherNamesAsCardinals) {
  EXPECT_EQ(Say("the yacht Seabird II sank"), "the yacht Seabird two sank");
  EXPECT_EQ(Say("from Category III to IV"), "from Category three to four");
  EXPECT_EQ(Say("John C. Smith and Ann M. Lee"), "John C. Smith and Ann M. Lee");
  EXPECT_EQ(Say("Washington DC"), "Washington D C");
  EXPECT_EQ(Say("the battle II, and"), "the battle two, and");  // no word reads "II"
  EXPECT_EQ(Say("the band CIV and"), "the band CIV and");
}

TEST(TextWords, ReadsSymbols) {
  EXPECT_EQ(Say("R&D"), "R and D");
  EXPECT_EQ(Say("\u00B15"), "plus or minus five");
  EXPECT_EQ(Say("A \u2192 B"), "A to B");
  EXPECT_EQ(Say("\u00A7 4"), "section four");
}

TEST(TextWords, ReadsStatisticsAsEquations) {
  EXPECT_EQ(Say("t = \u22122.345, p = 0.019"),
            "t equals minus two point three four five, p equals zero point oh one nine");
  EXPECT_EQ(Say("(n = 13)"), "(n equals thirteen)");
  EXPECT_EQ(Say("p < 0.05"), "p less than zero point oh five");
  EXPECT_EQ(Say("1-2=5"), "one minus two equals five");
  EXPECT_EQ(Say("(n = 1,234)"), "(n equals one thousand two hundred thirty-four)");
}

TEST(TextElectronic, ReadsUrlsPieceByPiece) {
  EXPECT_EQ(Say("https://www.example.com/a-b"),
            "HTTPS colon slash slash WWW dot example dot com slash a dash b");
  EXPECT_EQ(Say("see test.com."), "see test dot com.");
}

TEST(TextElectronic, ReadsEmailAndHandles) {
  EXPECT_EQ(Say("abc1@gmail.com"), "abc one at gmail dot com");
  EXPECT_EQ(Say("a@hotmail.de"), "a at hotmail dot DE");
  EXPECT_EQ(Say("follow @spoken_app"), "follow at spoken_app");
}

TEST(TextTelephone, ReadsPhoneNumbersInGroups) {
  EXPECT_EQ(Say("+1 123-123-5678"), "plus one, one two three, one two three, five six seven eight");
  EXPECT_EQ(Say("(555)555-5555"), "five five five, five five five, five five five five");
  EXPECT_EQ(Say("1-800-GO-2-HAUL"), "one, eight hundred, GO, two, HAUL");
}

TEST(TextTelephone, ReadsLocalNumbers) {
  EXPECT_EQ(Say("Call 555-0123 now"), "Call five five five, oh one two three now");
}

TEST(TextTelephone, ReadsIpAddressesWithDots) {
  EXPECT_EQ(Say("123.123.0.40"), "one two three dot one two three dot zero dot four oh");
}

TEST(TextAddress, ReadsHouseNumbersInPairsAndStreetTypesInFull) {
  EXPECT_EQ(Say("1211 E Arques Ave"), "twelve eleven East Arques Avenue");
  EXPECT_EQ(Say("123 Smth St, City, NY"), "one twenty-three Smth Street, City, New York");
  EXPECT_EQ(Say("at 1428 Elm St. It was"), "at fourteen twenty-eight Elm Street. It was");
}

TEST(TextCitations, ReadsBriefCitationsByDefault) {
  EXPECT_EQ(Say("axis. (Li et al.,Biomolecules, 2026)"),
            "axis. (Li and colleagues, twenty twenty-six)");
  EXPECT_EQ(Say("as (Smith and Jones, 2019) showed"),
            "as (Smith and Jones, twenty nineteen) showed");
  EXPECT_EQ(Say("as shown [12]."), "as shown.");
}

TEST(TextCitations, ReadsOrSkipsCitationsAsConfigured) {
  const std::string text = "shown (Li et al., Biomolecules, 2026) before [3].";
  EXPECT_EQ(SayCitation(text, CitationStyle::kRead),
            "shown (Li and others, Biomolecules, twenty twenty-six) before (reference three).");
  EXPECT_EQ(SayCitation(text, CitationStyle::kSkip), "shown before.");
}

TEST(TextCitations, NeverReadsEtAlAsADot) {
  for (const char* text : {"Li et al.", "(Li et al., 2026)", "Li et al., Nature"}) {
    EXPECT_EQ(Say(text).find("al."), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace spoken
