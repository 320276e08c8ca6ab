#include <gtest/gtest.h>

#include "pronounce/ipa_compare.h"
#include "pronounce/ipa_to_espeak.h"
#include "pronounce/respelling.h"
#include "pronounce/xsampa.h"

namespace spoken {
namespace {

std::string Espeak(std::string_view ipa) { return IpaToEspeak(ipa, "en-US").espeak; }

TEST(IpaToEspeak, MapsStressMarksToApostropheAndComma) {
  EXPECT_EQ(Espeak("ˌɒstioʊˈkælsɪn"), ",0sti|oU'kalsIn");
}

TEST(IpaToEspeak, ReadsLengthMarksAsPartOfTheVowel) {
  EXPECT_EQ(Espeak("ˈliː"), "'li:");
  EXPECT_EQ(Espeak("ˈɑːn"), "'A:n");
}

TEST(IpaToEspeak, DropsSyllableDotsAndTieBars) {
  EXPECT_EQ(Espeak("ˈt͡ʃɪ.kən"), "'tSIk@n");
  EXPECT_EQ(Espeak("ˌd͜ʒjɑːŋˈnɑːn"), ",dZjA:N'nA:n");
}

TEST(IpaToEspeak, ReadsObsoleteAffricateLigatures) {
  EXPECT_EQ(Espeak("ˈʧɜːʧ"), "'tS3:tS");
  EXPECT_EQ(Espeak("ʤæm"), "dZam");
}

TEST(IpaToEspeak, KeepsWordsApart) { EXPECT_EQ(Espeak("ˈpʌŋpʌŋ  ˈliː"), "'pVNpVN 'li:"); }

TEST(IpaToEspeak, SeparatesVowelsThatWouldReadAsADiphthong) {
  EXPECT_EQ(Espeak("ˈaɪ.ɪ"), "'aI|I");
  EXPECT_EQ(Espeak("ˈnʌt.ʃɛl"), "'nVt|SEl");
}

TEST(IpaToEspeak, SchwaBeforeRStaysSchwa) { EXPECT_EQ(Espeak("ˌdʒɛnəˈɹeɪʃən"), ",dZEn@2'reIS@n"); }

TEST(IpaToEspeak, SyllabicConsonantsUseEspeaksSyllabicPhonemes) {
  EXPECT_EQ(Espeak("ˈbʌtn̩"), "'bVtn-");
}

TEST(IpaToEspeak, NamesApproximationsOnceAndDropsUnknownSymbols) {
  const IpaConversion converted = IpaToEspeak("ˈmʏlɐ ˈmʏʰ☃", "en-US");
  EXPECT_EQ(converted.espeak, "'mUla# 'mU");
  EXPECT_EQ(converted.approximated, (std::vector<std::string>{"ʏ -> U", "ʰ -> (dropped)"}));
  EXPECT_EQ(converted.unknown, (std::vector<std::string>{"☃"}));
}

TEST(IpaToEspeak, ToneLettersAreDroppedAsApproximations) {
  const IpaConversion converted = IpaToEspeak("ɕi˥ an˥", "en-US");
  EXPECT_EQ(converted.espeak, "S;i an");
  EXPECT_EQ(converted.approximated, (std::vector<std::string>{"˥ -> (dropped)"}));
}

TEST(XSampa, ConvertsLongestSymbolsFirst) {
  EXPECT_EQ(XSampaToIpa("\"r\\{n").ipa, "ˈɹæn");
  EXPECT_EQ(XSampaToIpa("%Ost@U\"k{lsIn").ipa, "ˌɔstəʊˈkælsɪn");
  EXPECT_EQ(XSampaToIpa("t_hi:").ipa, "tʰiː");
}

TEST(ComparableIpa, MovesStressToTheVowelAndFoldsTheVoicesInventory) {
  EXPECT_EQ(ComparableIpa("ˌɒstioʊˈkælsɪn", "en-US"), ComparableIpa("ˌɑːstioʊkˈælsɪn", "en-US"));
  EXPECT_NE(ComparableIpa("ˌɒstioʊˈkælsɪn", "en-GB"), ComparableIpa("ˌɑːstioʊkˈælsɪn", "en-GB"));
  EXPECT_NE(ComparableIpa("ˈkælsɪn", "en-US"), ComparableIpa("kælsˈɪn", "en-US"));
}

TEST(Respelling, FollowsStressAndSyllables) {
  EXPECT_EQ(Respell("ˌɒstioʊˈkælsɪn"), "os-tee-oh-KAL-sin");
  EXPECT_EQ(Respell("ˌʃiːˈɑːn"), "shee-AHN");
  EXPECT_EQ(Respell("ˈpʌŋpʌŋ ˈliː"), "PUNG-pung LEE");
  EXPECT_EQ(Respell("ˈkɔɹtəˌsɔl"), "KAWR-tuh-sawl");
  EXPECT_EQ(Respell("ˌmʌltiˈdɪsəpləˌnɛɹi"), "mul-tee-DIS-uh-pluh-ner-ee");
  EXPECT_EQ(Respell("ɹiˈsɔɹpʃən"), "ree-SAWRP-shuhn");
  EXPECT_EQ(Respell("ˌbaɪoʊˈmɑləˌkjulz"), "by-oh-MAH-luh-kyoolz");
  EXPECT_EQ(Respell("ˌnɪŋʃiˈɑː"), "ning-shee-AH");
}

}  // namespace
}  // namespace spoken
