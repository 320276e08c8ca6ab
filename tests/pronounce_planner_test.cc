#include <gtest/gtest.h>

#include "engine_test_support.h"
#include "pronounce/planner.h"
#include "speech/synthesizer.h"

namespace spoken {
namespace {

Lexicon Sample() {
  auto lexicon = LoadLexicon(SPOKEN_TEST_DATA "/pronounce/sample.pls");
  EXPECT_TRUE(lexicon.ok());
  return lexicon.ok() ? *lexicon : Lexicon{};
}

// A script of one sentence per string, spoken as written.
Script ScriptOf(const std::vector<std::string>& sentences) {
  Script script;
  script.info.language = "en-US";
  ScriptBlock block;
  for (size_t i = 0; i < sentences.size(); ++i) {
    block.sentences.push_back({.id = "s" + std::to_string(i + 1),
                               .display = sentences[i],
                               .spoken = sentences[i],
                               .map = OffsetMap::Identity(sentences[i].size())});
  }
  script.sections.push_back({.title = "", .blocks = {block}});
  return script;
}

// The spoken text each code point of the engine input maps to, as "input:[begin,end)".
std::string OffsetsOf(const Utterance& u, size_t from, size_t count) {
  std::string out;
  for (size_t i = from; i < from + count; ++i) out += std::to_string(u.spoken_offsets[i]) + " ";
  return out;
}

TEST(Planner, ReplacesALexiconWordByItsPhonemes) {
  const LexiconSet set = LexiconSet::Build({Sample()}, "en-US", nullptr);
  const SpeechPlan plan = PlanSpeech(ScriptOf({"Prof. Li of Xi'an."}), set);
  ASSERT_EQ(plan.utterances.size(), 1u);
  EXPECT_EQ(plan.utterances[0].engine_input, "Prof. [['li:]] of [[,Si:'A:n]].");
}

TEST(Planner, HintCodePointsCoverTheReplacedWordFromTheEventsCodePoint) {
  const LexiconSet set = LexiconSet::Build({Sample()}, "en-US", nullptr);
  const Utterance u = PlanSpeech(ScriptOf({"Dr Li ok"}), set).utterances[0];
  ASSERT_EQ(u.engine_input, "Dr [['li:]] ok");
  // "[[" "'" and "l" map to the word's start (3), the rest to its end (5).
  EXPECT_EQ(OffsetsOf(u, 3, 9), "3 3 3 3 5 5 5 5 5 ");
  EXPECT_EQ(u.spoken_offsets.size(), u.engine_input.size() + 1);
  EXPECT_EQ(u.spoken_offsets.back(), 8u);
}

TEST(Planner, GivesEachWordOfAMultiWordGraphemeItsOwnHint) {
  const LexiconSet set = LexiconSet::Build({Sample()}, "en-US", nullptr);
  const Utterance u = PlanSpeech(ScriptOf({"The bone–brain axis."}), set).utterances[0];
  EXPECT_EQ(u.engine_input, "The [['boUn]]– [['breIn]] [['aksIs]].");
}

TEST(Planner, SaysAOneWordGraphemeWithMultiWordIpaAsOneWord) {
  auto lexicon = ParseLexicon(
      "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" "
      "alphabet=\"ipa\" xml:lang=\"en-US\"><lexeme><grapheme>Xi'an</grapheme>"
      "<phoneme>ˈʃiː ˈɑːn</phoneme></lexeme></lexicon>",
      "t.pls");
  ASSERT_TRUE(lexicon.ok());
  const LexiconSet set = LexiconSet::Build({*lexicon}, "en-US", nullptr);
  EXPECT_EQ(PlanSpeech(ScriptOf({"Xi'an"}), set).utterances[0].engine_input, "[['Si:'A:n]]");
}

TEST(Planner, NeverLetsArticleBracketsOpenPhonemeInput) {
  const LexiconSet set = LexiconSet::Build({Sample()}, "en-US", nullptr);
  const Utterance u = PlanSpeech(ScriptOf({"See [Li] and [[x]]."}), set).utterances[0];
  EXPECT_EQ(u.engine_input, "See [ [['li:]]] and [ [x]].");
}

TEST(Planner, RecordsEveryUseWithDisplayRangesInOrderOfFirstUse) {
  const LexiconSet set = LexiconSet::Build({Sample()}, "en-US", nullptr);
  const SpeechPlan plan = PlanSpeech(ScriptOf({"Xi'an and Li.", "Li, the WHO and Xi'an."}), set);
  ASSERT_EQ(plan.pronunciations.size(), 3u);
  const PronunciationUse& xian = plan.pronunciations[0];
  EXPECT_EQ(xian.term, "Xi'an");
  EXPECT_EQ(xian.ipa, "ˌʃiːˈɑːn");
  EXPECT_EQ(xian.respelling, "shee-AHN");
  EXPECT_EQ(xian.count, 2);
  ASSERT_EQ(xian.occurrences.size(), 2u);
  EXPECT_EQ(xian.occurrences[1].sentence_id, "s2");
  EXPECT_EQ(xian.occurrences[1].display_begin, 16u);
  EXPECT_EQ(xian.occurrences[1].display_end, 21u);
  EXPECT_EQ(plan.pronunciations[1].term, "Li");
  EXPECT_EQ(plan.pronunciations[2].term, "WHO");
  EXPECT_EQ(plan.pronunciations[2].alias, "World Health Organization");
  EXPECT_NE(plan.pronunciations[2].lexicon.find("sample.pls"), std::string::npos);
}

TEST(Planner, ATermInsideARewrittenPhraseIsLocatedAsWritten) {
  // "(Li et al., 2026)" is said "(Li and colleagues, twenty twenty-six)": one rewrite.
  Script script = ScriptOf({"x"});
  Sentence& sentence = script.sections[0].blocks[0].sentences[0];
  sentence.display = "See (Li et al., 2026).";
  sentence.spoken = "See (Li and colleagues, twenty twenty-six).";
  sentence.map = OffsetMap();
  sentence.map.AppendVerbatim(4);
  sentence.map.AppendRewrite(38, 17);
  sentence.map.AppendVerbatim(1);
  const LexiconSet set = LexiconSet::Build({Sample()}, "en-US", nullptr);
  const SpeechPlan plan = PlanSpeech(script, set);
  ASSERT_EQ(plan.pronunciations.size(), 1u);
  const TermOccurrence& li = plan.pronunciations[0].occurrences[0];
  EXPECT_EQ(sentence.display.substr(li.display_begin, li.display_end - li.display_begin), "Li");
}

TEST(Planner, WithoutLexiconsOnlyEscapes) {
  const SpeechPlan plan = PlanSpeech(ScriptOf({"a < b & Li"}));
  EXPECT_EQ(plan.utterances[0].engine_input, "a &lt; b &amp; Li");
  EXPECT_TRUE(plan.pronunciations.empty());
}

// With the real engine: a word said through [[...]] still gets its own timing.
class PlannerWithEngine : public EngineTest {
 protected:
  static std::vector<std::string> TimedWords(const std::string& sentence) {
    const LexiconSet set = LexiconSet::Build({Sample()}, "en-US", nullptr);
    const SpeechPlan plan = PlanSpeech(ScriptOf({sentence}), set);
    auto speech = Synthesize(plan, VoiceProfile{}, *engine_);
    EXPECT_TRUE(speech.ok());
    std::vector<std::string> words;
    if (!speech.ok()) return words;
    int64_t previous_start = -1;
    for (const WordTiming& w : speech->timeline.sentences[0].words) {
      EXPECT_GT(w.start_sample, previous_start) << sentence;
      previous_start = w.start_sample;
      words.push_back(sentence.substr(w.spoken_begin, w.spoken_end - w.spoken_begin));
    }
    return words;
  }
};

TEST_F(PlannerWithEngine, HintedWordsMapToTheirOwnDisplayWords) {
  EXPECT_EQ(TimedWords("Then Li went to Xi'an today."),
            (std::vector<std::string>{"Then", "Li", "went", "to", "Xi'an", "today"}));
}

TEST_F(PlannerWithEngine, EachWordOfAMultiWordHintKeepsItsTiming) {
  EXPECT_EQ(TimedWords("The bone–brain axis works."),
            (std::vector<std::string>{"The", "bone", "brain", "axis", "works"}));
}

TEST_F(PlannerWithEngine, AHintAfterPunctuationIsStillTimed) {
  EXPECT_EQ(TimedWords("Li (Xi'an) and \"Li\"."),
            (std::vector<std::string>{"Li", "Xi'an", "and", "Li"}));
}

TEST_F(PlannerWithEngine, AHintThatStartsWithAStressMarkStillCoversItsWord) {
  EXPECT_EQ(TimedWords("A tomato here."), (std::vector<std::string>{"A", "tomato", "here"}));
}

}  // namespace
}  // namespace spoken

namespace spoken {
namespace {

TEST(Planner, AnInlinePassageChangesLanguageWhereItStartsAndBackWhereItEnds) {
  Script script = ScriptOf({"A <Zeitgeist> of sorts."});
  Sentence& sentence = script.sections[0].blocks[0].sentences[0];
  sentence.passages.push_back({.display_begin = 2,
                               .display_end = 13,
                               .spoken_begin = 2,
                               .spoken_end = 13,
                               .language = "de"});
  const SpeechPlan plan = PlanSpeech(script);
  const Utterance& u = plan.utterances.at(0);
  EXPECT_EQ(u.engine_input, "A &lt;Zeitgeist&gt; of sorts.");
  ASSERT_EQ(u.language_changes.size(), 2u);
  EXPECT_EQ(u.language_changes[0].first_code_point, 2u);  // at "&lt;"
  EXPECT_EQ(u.language_changes[0].language, "de");
  EXPECT_EQ(u.language_changes[1].first_code_point, 19u);  // after "&gt;"
  EXPECT_EQ(u.language_changes[1].language, "en-US");
  EXPECT_EQ(u.spoken_offsets.size(), 30u);  // every code point, and one past the end
  EXPECT_EQ(u.spoken_offsets[19], 13u);
}

TEST(Planner, APassageAtTheStartChangesAtOnceAndNoChangeWithoutPassages) {
  Script script = ScriptOf({"Zeitgeist, they said.", "Plain."});
  script.sections[0].blocks[0].sentences[0].passages.push_back(
      {.display_end = 9, .spoken_end = 9, .language = "de"});
  const SpeechPlan plan = PlanSpeech(script);
  ASSERT_EQ(plan.utterances[0].language_changes.size(), 2u);
  EXPECT_EQ(plan.utterances[0].language_changes[0].first_code_point, 0u);
  EXPECT_EQ(plan.utterances[0].language_changes[1].first_code_point, 9u);
  EXPECT_TRUE(plan.utterances[1].language_changes.empty());
}

TEST(Planner, HintsApplyInTheLanguageOfTheirRun) {
  // sample.pls is English: "Li" gets its hint outside the German passage, not inside it.
  const LexiconSet set = LexiconSet::Build({Sample()}, "en-US", nullptr);
  Script script = ScriptOf({"Li met Li."});
  script.sections[0].blocks[0].sentences[0].passages.push_back(
      {.display_begin = 7, .display_end = 9, .spoken_begin = 7, .spoken_end = 9, .language = "de"});
  const SpeechPlan plan = PlanSpeech(script, set);
  const std::string& input = plan.utterances.at(0).engine_input;
  EXPECT_EQ(input.rfind("[[", 0), 0u) << input;
  EXPECT_NE(input.find(" met Li."), std::string::npos) << input;
  ASSERT_EQ(plan.pronunciations.size(), 1u);
  EXPECT_EQ(plan.pronunciations[0].count, 1);
}

}  // namespace
}  // namespace spoken
