// An article's audio cut into segments, in the silence between sentences, so that the
// segments can be mastered and encoded apart (in parallel) and joined (audio/mp3_join.h).
#pragma once

#include <cstdint>
#include <vector>

#include "speech/timeline.h"

namespace spoken {

/// Samples [start, end) of the synthesized audio.
struct Segment {
  int64_t start = 0;
  int64_t end = 0;
  int64_t size() const { return end - start; }
};

/// Cuts [0, timeline.total_samples) into segments of at least `min_seconds` each (the last
/// may be shorter), each cut in the middle of the first pause of at least 0.1 s between two
/// sentences after that length. Depends on the Timeline alone, so the segments (and the
/// encoded bytes) are the same whatever number of threads works on them. One segment when
/// no pause qualifies.
std::vector<Segment> PlanSegments(const Timeline& timeline, double min_seconds);

/// Pieces of `piece_samples` spread evenly over [0, total_samples), as many as make about
/// `wanted_samples` (at least one), each in the middle of its share of the whole; the
/// whole as one piece when that is shorter than the pieces would be. A sample of the audio
/// to aim the gain on; depends on its arguments alone.
std::vector<Segment> SpreadSample(int64_t total_samples, int64_t piece_samples,
                                  int64_t wanted_samples);

/// Moves every time of `timeline` (words, sentences, sections, the total) from the
/// synthesized audio's samples to the joined file's decoded samples: segment k starts at
/// `decoded_starts[k]` there (Mp3Joiner::Append), and `decoded_total` is the file's
/// decoded length. The samples a join adds fall in the pause where it was cut.
void CountJoins(const std::vector<Segment>& segments, const std::vector<int64_t>& decoded_starts,
                int64_t decoded_total, Timeline& timeline);

}  // namespace spoken
