#include "pipeline/parallel_synthesis.h"

#include <gtest/gtest.h>

#include "pronounce/planner.h"
#include "text/script_builder.h"

namespace spoken {
namespace {

// Three sections, long enough to be spoken in several chunks.
SpeechPlan LongPlan() {
  Article article;
  article.info = {.slug = "long", .source_path = "long.md", .title = "Long", .language = "en-US"};
  const std::string paragraph =
      "Bones are living tissue, and they talk to the brain through hormones in the blood. "
      "The brain answers with stress hormones that can slow the growth of new bone. ";
  for (const char* title : {"One", "Two", "Three"}) {
    Section section{.title = title};
    for (int i = 0; i < 4; ++i) section.blocks.push_back({.text = paragraph + paragraph});
    article.sections.push_back(section);
  }
  auto script = BuildScript(article, {});
  EXPECT_TRUE(script.ok());
  return PlanSpeech(*script);
}

struct Spoken {
  Timeline timeline;
  std::vector<int16_t> pcm;
  int starts = 0;
};

Spoken SpeakWith(const SpeechPlan& plan, int workers) {
  Spoken out;
  const PcmDestination destination{.start =
                                       [&](int rate) {
                                         ++out.starts;
                                         EXPECT_EQ(rate, 22050);
                                         EXPECT_TRUE(out.pcm.empty());
                                         return Status::Ok();
                                       },
                                   .write =
                                       [&](const int16_t* samples, size_t count) {
                                         out.pcm.insert(out.pcm.end(), samples, samples + count);
                                         return Status::Ok();
                                       }};
  auto timeline = SynthesizeInWorkers(plan, EditionVoices{}, workers, destination, {});
  EXPECT_TRUE(timeline.ok()) << timeline.error().message;
  if (timeline.ok()) out.timeline = std::move(timeline).value();
  return out;
}

TEST(ParallelSynthesis, TheNumberOfWorkersChangesNoSampleAndNoTime) {
  const SpeechPlan plan = LongPlan();
  const Spoken one = SpeakWith(plan, 1);
  const Spoken three = SpeakWith(plan, 3);
  EXPECT_EQ(one.starts, 1);
  EXPECT_EQ(three.starts, 1);
  EXPECT_EQ(one.pcm, three.pcm);
  ASSERT_EQ(one.timeline.sentences.size(), plan.utterances.size());
  ASSERT_EQ(three.timeline.sentences.size(), plan.utterances.size());
  for (size_t i = 0; i < plan.utterances.size(); ++i) {
    const SentenceTiming& a = one.timeline.sentences[i];
    const SentenceTiming& b = three.timeline.sentences[i];
    EXPECT_EQ(a.start_sample, b.start_sample) << i;
    EXPECT_EQ(a.end_sample, b.end_sample) << i;
    ASSERT_EQ(a.words.size(), b.words.size()) << i;
    for (size_t w = 0; w < a.words.size(); ++w) {
      EXPECT_EQ(a.words[w].start_sample, b.words[w].start_sample);
      EXPECT_EQ(a.words[w].spoken_end, b.words[w].spoken_end);
    }
  }
}

TEST(ParallelSynthesis, JoinedTimesPointIntoTheJoinedSamples) {
  const SpeechPlan plan = LongPlan();
  const Spoken spoken = SpeakWith(plan, 2);
  const Timeline& timeline = spoken.timeline;
  EXPECT_EQ(timeline.total_samples, static_cast<int64_t>(spoken.pcm.size()));
  ASSERT_EQ(timeline.sections.size(), 3u);  // one per section of the article
  EXPECT_EQ(timeline.sections[0].start_sample, 0);
  EXPECT_EQ(timeline.sections.back().end_sample, timeline.total_samples);
  for (size_t i = 1; i < timeline.sentences.size(); ++i) {
    // Each sentence follows the previous one's pause, across chunk joins too.
    EXPECT_GT(timeline.sentences[i].start_sample, timeline.sentences[i - 1].end_sample) << i;
  }
  for (const SentenceTiming& sentence : timeline.sentences) {
    int64_t energy = 0;  // speech, not the silence of a misplaced join
    for (int64_t s = sentence.start_sample; s < sentence.end_sample; ++s) {
      energy += std::abs(static_cast<int>(spoken.pcm[static_cast<size_t>(s)]));
    }
    EXPECT_GT(energy / std::max<int64_t>(1, sentence.end_sample - sentence.start_sample), 100);
  }
}

}  // namespace
}  // namespace spoken
