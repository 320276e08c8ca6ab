// The sample article end to end through read -> normalize -> pronounce -> synthesize:
// its lexicon's terms are all hinted, and every hinted word is timed as that word.
#include <gtest/gtest.h>

#include <set>

#include "document/reader.h"
#include "pronounce/lexicon_loader.h"
#include "pronounce/planner.h"
#include "speech/synthesizer.h"
#include "text/script_builder.h"

namespace spoken {
namespace {

TEST(SampleArticle, EveryHintedTermIsSaidAndTimedAsItsOwnWord) {
  ArticleInfo defaults;
  defaults.language = "en-US";
  auto article = ReadArticle(SPOKEN_TEST_DATA "/sample/bone-brain-axis.md", defaults);
  ASSERT_TRUE(article.ok()) << article.error().message;
  ASSERT_EQ(article->info.lexicons.size(), 1u);
  auto script = BuildScript(*article, NormalizeOptions{});
  ASSERT_TRUE(script.ok()) << script.error().message;
  std::vector<std::string> warnings;
  auto lexicons =
      LoadArticleLexicons(article->info, SPOKEN_SOURCE_DIR "/voices/lexicons", "en-US", &warnings);
  ASSERT_TRUE(lexicons.ok()) << lexicons.error().message;
  EXPECT_TRUE(warnings.empty());
  const SpeechPlan plan = PlanSpeech(*script, *lexicons);

  std::set<std::string> terms;
  for (const PronunciationUse& use : plan.pronunciations) terms.insert(use.term);
  for (const char* term :
       {"osteocalcin", "osteopontin", "cortisol", "Pengpeng Li", "Yangyang Gao", "Xudong Zhao",
        "Xi'an", "Ningxia", "Jiangnan", "Biomolecules", "neuromodulation", "Li", "Gao", "Zhao"}) {
    EXPECT_EQ(terms.count(term), 1u) << term;
  }

  auto engine = EspeakEngine::Create();
  ASSERT_TRUE(engine.ok()) << engine.error().message;
  ASSERT_TRUE((*engine)->SetVoice(VoiceProfile{}).ok());
  auto speech = Synthesize(plan, VoiceProfile{}, **engine);
  ASSERT_TRUE(speech.ok()) << speech.error().message;
  // Every hinted occurrence: some timed word starts exactly where the term does, or, for a
  // term inside a rewritten phrase (the "Li" of the citation), covers it.
  for (size_t u = 0; u < plan.utterances.size(); ++u) {
    const Utterance& utterance = plan.utterances[u];
    const Sentence& sentence = script->sections[utterance.section_index]
                                   .blocks[utterance.block_index]
                                   .sentences[utterance.sentence_index];
    for (const PronunciationUse& use : plan.pronunciations) {
      if (!use.alias.empty()) continue;
      for (const TermOccurrence& at : use.occurrences) {
        if (at.sentence_id != sentence.id) continue;
        bool timed = false;
        for (const WordTiming& word : speech->timeline.sentences[u].words) {
          const auto [begin, end] = sentence.map.ToDisplay(word.spoken_begin, word.spoken_end);
          const bool exact = begin == at.display_begin && end <= at.display_end && end > begin;
          const bool inside_rewrite = begin < at.display_begin && at.display_end <= end;
          timed = timed || exact || inside_rewrite;
        }
        EXPECT_TRUE(timed) << use.term << " in " << sentence.id << ": " << sentence.display;
      }
    }
  }
}

}  // namespace
}  // namespace spoken
