#include "audio/segments.h"

#include <gtest/gtest.h>

#include <atomic>

#include "core/in_order.h"

namespace spoken {
namespace {

constexpr int kRate = 1000;  // one sample per ms keeps the figures readable

// Sentences of 10 s with pauses of 0.5 s between them; one section per two sentences.
Timeline Spoken(int sentences) {
  Timeline timeline;
  timeline.sample_rate_hz = kRate;
  int64_t at = 0;
  for (int i = 0; i < sentences; ++i) {
    SentenceTiming sentence{.start_sample = at, .end_sample = at + 10000};
    sentence.words.push_back({.start_sample = at, .end_sample = at + 4000});
    timeline.sentences.push_back(sentence);
    at += 10500;
  }
  timeline.total_samples = at;
  for (int i = 0; i < sentences; i += 2) {
    const int64_t next = i + 2 < sentences ? timeline.sentences[i + 2].start_sample : at;
    timeline.sections.push_back({timeline.sentences[i].start_sample, next});
  }
  return timeline;
}

TEST(PlanSegments, CutsInTheMiddleOfThePauseAfterTheLength) {
  const std::vector<Segment> segments = PlanSegments(Spoken(7), 25);
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_EQ(segments[0].start, 0);
  // The first pause at least 25 s in follows the third sentence (31000..31500).
  EXPECT_EQ(segments[0].end, 31250);
  EXPECT_EQ(segments[1].start, segments[0].end);
  EXPECT_EQ(segments[2].end, Spoken(7).total_samples);
}

TEST(PlanSegments, OneSegmentWithoutAPause) {
  Timeline timeline = Spoken(1);
  const std::vector<Segment> segments = PlanSegments(timeline, 1);
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].end, timeline.total_samples);
}

TEST(SpreadSample, PiecesInTheMiddleOfEqualSharesOfTheWhole) {
  const std::vector<Segment> sample = SpreadSample(100000, 5000, 20000);
  ASSERT_EQ(sample.size(), 4u);  // 20 s wanted in pieces of 5 s, one per 25 s of the whole
  for (size_t k = 0; k < sample.size(); ++k) {
    EXPECT_EQ(sample[k].size(), 5000);
    EXPECT_EQ(sample[k].start, static_cast<int64_t>(k) * 25000 + 10000);
  }
}

TEST(SpreadSample, TheWholeWhenShorterThanTheSampleWanted) {
  const std::vector<Segment> sample = SpreadSample(15000, 5000, 20000);
  ASSERT_EQ(sample.size(), 1u);
  EXPECT_EQ(sample[0].start, 0);
  EXPECT_EQ(sample[0].end, 15000);
}

TEST(CountJoins, EveryTimeMovesByWhatTheJoinsBeforeItAdded) {
  Timeline timeline = Spoken(8);
  const std::vector<Segment> segments = PlanSegments(timeline, 25);
  ASSERT_EQ(segments.size(), 3u);
  // Each join adds 70 samples (an encoder's delay and padding) before the next segment.
  std::vector<int64_t> starts;
  int64_t decoded = 0;
  for (const Segment& segment : segments) {
    starts.push_back(decoded);
    decoded += segment.size() + 70;
  }
  decoded -= 70;
  const Timeline before = timeline;
  CountJoins(segments, starts, decoded, timeline);
  EXPECT_EQ(timeline.total_samples, before.total_samples + 140);
  for (size_t i = 0; i < timeline.sentences.size(); ++i) {
    const int64_t joins = before.sentences[i].start_sample < segments[1].start   ? 0
                          : before.sentences[i].start_sample < segments[2].start ? 1
                                                                                 : 2;
    EXPECT_EQ(timeline.sentences[i].start_sample, before.sentences[i].start_sample + 70 * joins);
    EXPECT_EQ(timeline.sentences[i].end_sample, before.sentences[i].end_sample + 70 * joins);
    EXPECT_EQ(timeline.sentences[i].words[0].start_sample,
              before.sentences[i].words[0].start_sample + 70 * joins);
  }
  // A section (chapter) starts on its first sentence's sample and ends where the next starts.
  for (size_t s = 0; s < timeline.sections.size(); ++s) {
    EXPECT_EQ(timeline.sections[s].start_sample, timeline.sentences[2 * s].start_sample);
    const int64_t end = s + 1 < timeline.sections.size() ? timeline.sections[s + 1].start_sample
                                                         : timeline.total_samples;
    EXPECT_EQ(timeline.sections[s].end_sample, end);
  }
}

TEST(MapInOrder, TakesEveryResultInOrderWhateverTheThreads) {
  for (const int threads : {1, 2, 5}) {
    std::vector<size_t> taken;
    const Status status = MapInOrder<size_t>(
        50, threads, [](size_t i) -> Result<size_t> { return i * i; },
        [&](size_t i, size_t&& value) {
          EXPECT_EQ(value, i * i);
          taken.push_back(i);
          return Status::Ok();
        });
    ASSERT_TRUE(status.ok());
    ASSERT_EQ(taken.size(), 50u);
    for (size_t i = 0; i < taken.size(); ++i) EXPECT_EQ(taken[i], i);
  }
}

TEST(MapInOrder, TheFirstFailingItemsErrorWhateverTheThreads) {
  for (const int threads : {1, 3}) {
    std::atomic<size_t> worked = 0;
    size_t taken = 0;
    const Status status = MapInOrder<int>(
        1000, threads,
        [&](size_t i) -> Result<int> {
          ++worked;
          if (i == 7 || i == 9) return InvalidInput("item " + std::to_string(i));
          return 0;
        },
        [&](size_t, int&&) {
          ++taken;
          return Status::Ok();
        });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, "item 7");
    EXPECT_EQ(taken, 7u);
    EXPECT_LT(worked.load(), 30u);  // stopped early, and never far ahead of the taking
  }
}

}  // namespace
}  // namespace spoken
