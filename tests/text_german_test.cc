// German: numbers, dates, money and units from the same rules with German data.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "text/spoken_form.h"

namespace spoken {
namespace {

std::string Sag(const std::string& text) {
  static const auto* normalizer = SpokenFormNormalizer::Create({.locale = "de-DE"})->release();
  return normalizer->Normalize(text).spoken;
}

TEST(TextGerman, ReadsNumbersWithGermanSeparators) {
  EXPECT_EQ(Sag("1.234,5"), "eintausendzweihundertvierunddreißig Komma fünf");
  EXPECT_EQ(Sag("2.500.000 Besucher"), "zwei Millionen fünfhunderttausend Besucher");
  EXPECT_EQ(Sag("-3"), "minus drei");
}

TEST(TextGerman, ReadsYearsAsGermanYears) {
  EXPECT_EQ(Sag("im Jahr 1998"), "im Jahr neunzehnhundertachtundneunzig");
}

TEST(TextGerman, ReadsDatesWithInflectedDayAfterAm) {
  EXPECT_EQ(Sag("Am 25. Juli 2012 begann es"),
            "Am fünfundzwanzigsten Juli zweitausendzwölf begann es");
  EXPECT_EQ(Sag("am 03.04.2024"), "am dritten April zweitausendvierundzwanzig");
}

TEST(TextGerman, InflectsOrdinalsByTheWordBeforeThem) {
  EXPECT_EQ(Sag("der 3. Versuch"), "der dritte Versuch");
  EXPECT_EQ(Sag("beim 3. Versuch"), "beim dritten Versuch");
  EXPECT_EQ(Sag("sein 40. Geburtstag"), "sein vierzigster Geburtstag");
  EXPECT_EQ(Sag("7."), "siebter.");                   // a list heading
  EXPECT_EQ(Sag("Es waren 7."), "Es waren sieben.");  // a full stop, not an ordinal
  EXPECT_EQ(Sag("Heute ist der 4. Juni"), "Heute ist der vierte Juni");
  EXPECT_EQ(Sag("4. Juni 1999"), "vierter Juni neunzehnhundertneunundneunzig");
}

TEST(TextGerman, ReadsFractionsWithTheirDenominators) {
  EXPECT_EQ(Sag("3/5"), "drei fünftel");
  EXPECT_EQ(Sag("1/2 Liter"), "ein halb Liter");
  EXPECT_EQ(Sag("2 1/2"), "zwei ein halb");
  EXPECT_EQ(Sag("-1/20"), "minus ein zwanzigstel");
}

TEST(TextGerman, ReadsNumbersAloneWithEins) {
  EXPECT_EQ(Sag("Seite 1"), "Seite eins");
  EXPECT_EQ(Sag("1 Tag"), "ein Tag");
  EXPECT_EQ(Sag("1,5"), "eins Komma fünf");
  EXPECT_EQ(Sag("35012 Einwohner"), "fünfunddreißigtausendzwölf Einwohner");
}

TEST(TextGerman, ReadsDatesDayFirst) {
  EXPECT_EQ(Sag("1999-06-04"), "vierter Juni neunzehnhundertneunundneunzig");
  EXPECT_EQ(Sag("bis 04.06."), "bis vierten Juni.");
}

TEST(TextGerman, ReadsScaleWordsInAnyCaseAfterMoney) {
  EXPECT_EQ(Sag("\u20AC3,5 millionen"), "drei Komma fünf Millionen Euro");
}

TEST(TextGerman, ReadsMoneyWithTheSymbolAfterTheAmount) {
  EXPECT_EQ(Sag("12,50 \u20AC"), "zwölf Euro fünfzig Cent");
  EXPECT_EQ(Sag("3,5 Mrd. Euro"), "drei Komma fünf Milliarden Euro");
}

TEST(TextGerman, ReadsUnits) {
  EXPECT_EQ(Sag("5 km/h"), "fünf Kilometer pro Stunde");
  EXPECT_EQ(Sag("3 %"), "drei Prozent");
  EXPECT_EQ(Sag("20 \u00B0C"), "zwanzig Grad Celsius");
}

TEST(TextGerman, ReadsTelephoneNumbersAfterACountryOrAreaCode) {
  EXPECT_EQ(Sag("+49 5678-9012"),
            "plus neunundvierzig, fünf sechs sieben acht, neun null eins zwei");
  EXPECT_EQ(Sag("(030) 445566"), "null drei null, vier vier fünf fünf sechs sechs");
}

TEST(TextGerman, ReadsTimesWithUhrOnce) {
  EXPECT_EQ(Sag("um 17:30 Uhr"), "um siebzehn Uhr dreißig");
  EXPECT_EQ(Sag("um 6.45 Uhr"), "um sechs Uhr fünfundvierzig");
  EXPECT_EQ(Sag("03:01:20 Uhr"), "drei Uhr eine Minute zwanzig Sekunden");
}

}  // namespace
}  // namespace spoken
