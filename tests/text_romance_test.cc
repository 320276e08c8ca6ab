// Spanish, French, Italian and Portuguese: the same rules with each language's data
// (text/locale_es.cc, locale_fr.cc, locale_it.cc, locale_pt.cc).
#include <gtest/gtest.h>

#include "text_test_support.h"

namespace spoken {
namespace {

TEST(TextRomance, ReadsDatesDayFirstWithCountedDays) {
  EXPECT_EQ(Say("El 3 de octubre de 2017 llegaron.", "es-ES"),
            "El tres de octubre de dos mil diecisiete llegaron.");
  EXPECT_EQ(Say("Le 1er mai 2021", "fr-FR"), "Le premier mai deux mille vingt-et-un");
  EXPECT_EQ(Say("Il 2 giugno 2021", "it-IT"), "Il due giugno duemilaventuno");
  EXPECT_EQ(Say("Em 15/03/2024", "pt-BR"), "Em quinze de março de dois mil e vinte e quatro");
}

TEST(TextRomance, GroupsThousandsWithFullStopsOrSpaces) {
  EXPECT_EQ(Say("1.500 ciclistas", "es"), "mil quinientos ciclistas");
  EXPECT_EQ(Say("10 000 habitants", "fr"), "dix mille habitants");
  EXPECT_EQ(Say("1.000.000", "pt"), "um milhão");
}

TEST(TextRomance, ReadsOrdinalMarksWithTheirGender) {
  EXPECT_EQ(Say("el 1.er tramo y la 2.ª etapa", "es"), "el primer tramo y la segunda etapa");
  // A marked ordinal is no year, however many digits it has.
  EXPECT_EQ(Say("el 1248.º año, en 1248", "es"),
            "el milésimo ducentésimo cuadragésimo octavo año, en mil doscientos cuarenta y ocho");
  EXPECT_EQ(Say("3e étage", "fr"), "troisième étage");
  EXPECT_EQ(Say("2º lugar", "pt"), "segundo lugar");
}

TEST(TextRomance, NamesMidnightAndNoonByTheirOwnPeriod) {
  EXPECT_EQ(Say("12:15 a.m.", "es"), "doce y cuarto de la noche.");
  EXPECT_EQ(Say("12:15 p.m.", "es"), "doce y cuarto del mediodía.");
  EXPECT_EQ(Say("1:00 p.m.", "es"), "una de la tarde.");
}

TEST(TextRomance, ReadsAnAfternoonHourBeforeTheAfternoonsWordsOnATwelveHourClock) {
  EXPECT_EQ(Say("15h da tarde", "pt-BR"), "três horas da tarde");
  EXPECT_EQ(Say("16:00 da tarde", "pt-BR"), "quatro horas da tarde");
  EXPECT_EQ(Say("23:18 da tarde", "pt-BR"), "vinte e três horas e dezoito da tarde");
  EXPECT_EQ(Say("16:00", "pt-BR"), "dezesseis horas");
}

TEST(TextRomance, ReadsClockTimesTheLocalesWay) {
  EXPECT_EQ(Say("a las 14:30", "es"), "a las catorce y media");
  EXPECT_EQ(Say("a las 12.15 salimos", "es"), "a las doce y cuarto salimos");
  EXPECT_EQ(Say("a las 14.05 salimos", "es"), "a las catorce y cinco salimos");
  EXPECT_EQ(Say("am 17.06", "de"), "am siebzehnten Juni");  // a date where dots are no clock
  EXPECT_EQ(Say("a las 5 p.m.", "es"), "a las cinco de la tarde.");
  EXPECT_EQ(Say("17:30", "fr"), "dix-sept heures trente");
  EXPECT_EQ(Say("alle 3:38", "it"), "alle tre e trentotto minuti");
  EXPECT_EQ(Say("às 14h30", "pt"), "às catorze horas e trinta");
}

TEST(TextRomance, ReadsMoneyAndUnitsInTheLocalesWords) {
  EXPECT_EQ(Say("32 millones de euros", "es"), "treinta y dos millones de euros");
  EXPECT_EQ(Say("€2 billones", "es"), "dos billones de euros");
  EXPECT_EQ(Say("R$ 12,05", "pt"), "doze reais e cinco centavos");
  EXPECT_EQ(Say("4,5 kg", "it"), "quattro virgola cinque chilogrammi");
  EXPECT_EQ(Say("245 mph", "es"), "doscientas cuarenta y cinco millas por hora");
}

TEST(TextRomance, ReadsCurrencySymbolsWithLettersInAnyCase) {
  EXPECT_EQ(Say("2 rs", "es"), "dos rupias");
  EXPECT_EQ(Say("5 us$", "es"), "cinco dólares estadounidenses");
  EXPECT_EQ(Say("mex$100", "es"), "cien pesos mexicanos");
  EXPECT_EQ(Say("4 ttd", "es"), "cuatro dólares de Trinidad y Tobago");
}

TEST(TextRomance, ReadsLowerCaseTitleAbbreviations) {
  EXPECT_EQ(Say("el dr. y la sra. Pérez", "es"), "el doctor y la señora Pérez");
  EXPECT_EQ(Say("viajó a ee. uu. en mayo", "es"), "viajó a Estados Unidos en mayo");
}

TEST(TextRomance, ReadsDecimalsAsNumbersWhereTheLocaleDoes) {
  EXPECT_EQ(Say("3,14", "es"), "tres coma catorce");
  EXPECT_EQ(Say("3,1415", "fr"), "trois virgule quatorze quinze");
  EXPECT_EQ(Say("3,14", "pt"), "três vírgula um quatro");
}

TEST(TextRomance, ReadsFractionsWithTheLocalesDenominators) {
  EXPECT_EQ(Say("1/3", "es"), "un tercio");
  EXPECT_EQ(Say("1/11", "es"), "un onceavo");
  EXPECT_EQ(Say("1/134", "es"), "uno sobre ciento treinta y cuatro");
  EXPECT_EQ(Say("2/1000", "es"), "dos milésimos");
  EXPECT_EQ(Say("1/1234", "es"), "uno sobre mil doscientos treinta y cuatro");
  EXPECT_EQ(Say("en 3/2024", "es"), "en tres barra dos mil veinticuatro");  // month and year
  EXPECT_EQ(Say("1/4", "fr"), "un quart");
}

TEST(TextRomance, ReadsSpanishFractionsOfAUnitWithDeAndHalvesByGender) {
  EXPECT_EQ(Say("3/5 mph", "es"), "tres quintos de milla por hora");
  EXPECT_EQ(Say("3 3/5 m", "es"), "tres y tres quintos de metro");
  EXPECT_EQ(Say("1/2 mm", "es"), "medio milímetro");
  EXPECT_EQ(Say("1 1/2 mph", "es"), "una y media milla por hora");
}

TEST(TextRomance, SaysANumberAloneWhereNoNounFollows) {
  EXPECT_EQ(Say("1 %", "es"), "uno por ciento");
  EXPECT_EQ(Say("21 %", "es"), "veintiuno por ciento");
  EXPECT_EQ(Say("2 + 2 - 1 = 3", "es"), "dos más dos menos uno es igual a tres");
  EXPECT_EQ(Say("1 kg", "es"), "un kilogramo");
}

TEST(TextRomance, ReadsSecondsAndHoursSymbolsAfterANumber) {
  EXPECT_EQ(Say("4 s", "es"), "cuatro segundos");
  EXPECT_EQ(Say("40 seg", "es"), "cuarenta segundos");
  EXPECT_EQ(Say("3 kph", "es"), "tres kilómetros por hora");
}

TEST(TextRomance, MakesSpanishPartitivesOneWord) {
  EXPECT_EQ(Say("1/16", "es"), "un dieciseisavo");
  EXPECT_EQ(Say("1/31", "es"), "un treintaiunavo");
  EXPECT_EQ(Say("3/40", "es"), "tres cuarentavos");
  EXPECT_EQ(Say("1/100.000", "es"), "un cienmilésimo");
  EXPECT_EQ(Say("1/1.000.000", "es"), "un millonésimo");
}

TEST(TextRomance, ReadsBrazilianLocalTelephoneNumbers) {
  EXPECT_EQ(Say("99999-1234", "pt-BR"), "nove nove nove nove nove, um dois três quatro");
  EXPECT_EQ(Say("(11) 99999-8888", "pt-BR"),
            "um um, nove nove nove nove nove, oito oito oito oito");
  EXPECT_EQ(Say("45 s", "pt-BR"), "quarenta e cinco segundos");
  // Four and four digits without an area code are years, not a number.
  EXPECT_EQ(Say("2019-2020", "pt-BR"), "dois mil e dezenove a dois mil e vinte");
}

TEST(TextRomance, ReadsTelephoneNumbersDigitByDigit) {
  EXPECT_EQ(Say("llame al +34 912 345 678", "es"),
            "llame al más treinta y cuatro, nueve uno dos, tres cuatro cinco, seis siete ocho");
}

}  // namespace
}  // namespace spoken
