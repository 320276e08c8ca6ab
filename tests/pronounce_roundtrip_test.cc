// The converter's check is eSpeak NG itself: every entry of the shipped English lexicon and
// of the sample article's lexicon (a fixture copy), converted to
// mnemonics and read back by espeak_TextToPhonemes in IPA mode, gives the lexicon's IPA
// (modulo the voice's phoneme inventory, pronounce/ipa_compare.h).
#include <gtest/gtest.h>

#include "engine_test_support.h"
#include "pronounce/ipa_compare.h"
#include "pronounce/ipa_to_espeak.h"
#include "pronounce/lexicon.h"
#include "pronounce/lexicon_set.h"
#include "speech/espeak_engine.h"

namespace spoken {
namespace {

const char* const kLexicons[] = {SPOKEN_SOURCE_DIR "/voices/lexicons/en.pls",
                                 SPOKEN_TEST_DATA "/sample/bone-brain-axis.pls"};

class RoundTrip : public EngineTest {};

// Checks every phoneme entry of kLexicons in `voice` (speaking `language`).
void ExpectEntriesRoundTrip(EspeakEngine& engine, const std::string& voice,
                            const std::string& language) {
  VoiceProfile profile;
  profile.espeak_voice = voice;
  profile.language = language;
  ASSERT_TRUE(engine.SetVoice(profile).ok());
  int checked = 0;
  for (const char* path : kLexicons) {
    auto lexicon = LoadLexicon(path);
    ASSERT_TRUE(lexicon.ok()) << lexicon.error().message;
    const LexiconSet set = LexiconSet::Build({*lexicon}, language, nullptr);
    for (const LexiconEntry& entry : set.entries()) {
      if (entry.kind != PronunciationKind::kPhoneme) continue;
      const std::string said = engine.HintToIpa(entry.espeak);
      EXPECT_EQ(ComparableIpa(said, language), ComparableIpa(entry.ipa, language))
          << voice << " " << path << ":" << entry.line << " '" << entry.grapheme << "' /"
          << entry.ipa << "/ -> [[" << entry.espeak << "]] -> /" << said << "/";
      EXPECT_TRUE(entry.approximated.empty() && entry.unknown.empty()) << entry.grapheme;
      ++checked;
    }
  }
  EXPECT_GT(checked, 20);
}

TEST_F(RoundTrip, EveryLexiconEntrySaysItsIpaInEnUs) {
  ExpectEntriesRoundTrip(*engine_, "en-us", "en-US");
}

TEST_F(RoundTrip, EveryLexiconEntrySaysItsIpaInEnGb) {
  ExpectEntriesRoundTrip(*engine_, "en", "en-GB");  // eSpeak names its British voice "en"
  ASSERT_TRUE(engine_->SetVoice(VoiceProfile{}).ok());
}

TEST_F(RoundTrip, OsteocalcinSaysTheStressedSyllableKal) {
  const IpaConversion converted = IpaToEspeak("ˌɒstioʊˈkælsɪn", "en-US");
  EXPECT_EQ(ComparableIpa(engine_->HintToIpa(converted.espeak), "en-US"),
            ComparableIpa("ˌɑːstioʊkˈælsɪn", "en-US"));
}

// Each exact row in a carrier word (vowels in "ˈtXt", consonants in "ˈɑːXə"): what eSpeak
// says is the row's IPA. Stressed ɐ is the one exception: en-us says its "a#" as æ there.
TEST_F(RoundTrip, EveryExactTableSymbolComesBackFromEspeakInEnUs) {
  int checked = 0;
  for (const IpaSymbol& row : IpaSymbolTable()) {
    if (row.approximate || row.espeak.empty() || row.ipa == "ɐ") continue;
    const bool vowel =
        std::string_view("aAeEiIoOuUV@30").find(row.espeak[0]) != std::string_view::npos;
    const std::string ipa =
        vowel ? "ˈt" + std::string(row.ipa) + "t" : "ˈɑː" + std::string(row.ipa) + "ə";
    const std::string mnemonics = IpaToEspeak(ipa, "en-US").espeak;
    const std::string said = engine_->HintToIpa(mnemonics);
    EXPECT_EQ(ComparableIpa(said, "en-US"), ComparableIpa(ipa, "en-US"))
        << row.ipa << ": /" << ipa << "/ -> [[" << mnemonics << "]] -> /" << said << "/";
    ++checked;
  }
  EXPECT_GT(checked, 100);
}

// `spoken lexicon say` shows the IPA of the planner's whole engine input: its entities are
// text and its hints phonemes, as in synthesis.
TEST_F(RoundTrip, InputToIpaReadsThePlannersEscapesAndHints) {
  const std::string cats_and_dogs = engine_->InputToIpa("cats and dogs");
  EXPECT_NE(cats_and_dogs.find("d"), std::string::npos) << cats_and_dogs;
  EXPECT_EQ(engine_->InputToIpa("cats &amp; dogs"), cats_and_dogs);
  const std::string hint = engine_->HintToIpa("'kalsIn");
  EXPECT_EQ(engine_->InputToIpa("the [['kalsIn]]"), engine_->InputToIpa("the") + " " + hint)
      << hint;
}

TEST_F(RoundTrip, DictionaryWordsAreFoundAndRareTermsAreGuessed) {
  EXPECT_TRUE(engine_->TraceWord("the").dictionary);
  EXPECT_FALSE(engine_->TraceWord("osteocalcin").dictionary);
}

}  // namespace
}  // namespace spoken
