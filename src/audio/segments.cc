#include "audio/segments.h"

#include <algorithm>

namespace spoken {

std::vector<Segment> PlanSegments(const Timeline& timeline, double min_seconds) {
  const auto min_samples = static_cast<int64_t>(min_seconds * timeline.sample_rate_hz);
  const int64_t min_pause = timeline.sample_rate_hz / 10;
  std::vector<Segment> segments;
  int64_t start = 0;
  for (size_t i = 0; i + 1 < timeline.sentences.size(); ++i) {
    const int64_t pause_begin = timeline.sentences[i].end_sample;
    const int64_t pause_end = timeline.sentences[i + 1].start_sample;
    if (pause_end - pause_begin < min_pause) continue;
    const int64_t cut = pause_begin + (pause_end - pause_begin) / 2;
    if (cut - start < min_samples) continue;
    segments.push_back({start, cut});
    start = cut;
  }
  segments.push_back({start, timeline.total_samples});
  return segments;
}

std::vector<Segment> SpreadSample(int64_t total_samples, int64_t piece_samples,
                                  int64_t wanted_samples) {
  const int64_t piece = std::max<int64_t>(1, piece_samples);
  const int64_t count = std::max<int64_t>(1, wanted_samples / piece);
  if (count * piece >= total_samples) return {{0, total_samples}};
  const int64_t share = total_samples / count;
  std::vector<Segment> sample;
  for (int64_t k = 0; k < count; ++k) {
    const int64_t start = k * share + (share - piece) / 2;
    sample.push_back({start, start + piece});
  }
  return sample;
}

void CountJoins(const std::vector<Segment>& segments, const std::vector<int64_t>& decoded_starts,
                int64_t decoded_total, Timeline& timeline) {
  // A time at a segment's end (an exclusive end) stays with that segment.
  auto move = [&](int64_t& sample, bool is_end) {
    const auto after = std::upper_bound(segments.begin(), segments.end(), sample,
                                        [is_end](int64_t s, const Segment& segment) {
                                          return is_end ? s <= segment.start : s < segment.start;
                                        });
    const auto k = static_cast<size_t>(std::max<std::ptrdiff_t>(0, after - segments.begin() - 1));
    sample += decoded_starts[k] - segments[k].start;
  };
  for (SentenceTiming& sentence : timeline.sentences) {
    move(sentence.start_sample, false);
    move(sentence.end_sample, true);
    for (WordTiming& word : sentence.words) {
      move(word.start_sample, false);
      move(word.end_sample, true);
    }
  }
  for (SectionTiming& section : timeline.sections) {
    move(section.start_sample, false);
    move(section.end_sample, true);
  }
  timeline.total_samples = decoded_total;
}

}  // namespace spoken
