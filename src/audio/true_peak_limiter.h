// A look-ahead limiter that keeps the true (inter-sample) peak under a ceiling, streaming.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "core/result.h"

namespace spoken {

struct LimiterConfig {
  double ceiling_dbtp = -2.5;  // true-peak ceiling; the MP3 encoder adds up to ~1 dB
  double lookahead_ms = 5.0;   // gain starts falling this long before a peak
  double release_ms = 80.0;    // time constant of the gain's recovery after a peak
};

/// Receives audio (mono, full scale +-1.0) in consecutive pieces.
using FloatSink = std::function<Status(const float* samples, size_t count)>;

/// Multiplies a signal fed in pieces by a gain and limits it so that no sample and no
/// 4x-oversampled inter-sample value exceeds the ceiling. Holds only the look-ahead (a few
/// ms), whatever the length: the output trails the input by the look-ahead plus the
/// interpolation filter's half length, and Finish() flushes the rest. Deterministic: the
/// output does not depend on how the input is cut into pieces.
class TruePeakLimiter {
 public:
  /// `sink` gets the limited signal in pieces of at most 4096 samples.
  TruePeakLimiter(double gain, int sample_rate_hz, LimiterConfig config, FloatSink sink);

  /// Adds samples (full scale +-1.0). Stops at the first error of the sink.
  Status Add(const float* samples, size_t count);
  /// Adds 16-bit samples (full scale +-32768).
  Status Add(const int16_t* samples, size_t count);
  /// Ends the signal and hands the last samples to the sink. Call once.
  Status Finish();

 private:
  // Finds the peaks of samples [peaks_done_, until) (their taps all in) and emits what they
  // settle; with `to_the_end`, then every sample received.
  Status Advance(int64_t until, bool to_the_end);
  // Queues the deficit each sample in [peaks_done_, until) requires, where it is not zero.
  void FindPeaks(int64_t until);
  // Emits samples [emitted_, end), whose peaks are all found.
  Status Emit(int64_t end);
  Status Flush();

  double gain_, ceiling_, release_;
  int64_t window_;
  FloatSink sink_;
  std::vector<float> ring_;  // the last inputs, indexed by absolute position & mask_
  int64_t mask_;
  // The largest absolute input of each block of 16 in the ring (blocks whose samples were
  // since overwritten keep an old, larger or equal figure: a bound never too small).
  std::vector<float> block_max_;
  int64_t block_mask_;
  int64_t received_ = 0, peaks_done_ = 0, emitted_ = 0;
  // (index, required deficit: 1 - the gain) of the samples whose peaks need limiting, found
  // and not yet reached by the window of the next sample to emit, in index order: a ring of
  // entries_mask_ + 1 entries, [found_head_, found_tail_). Most samples need none.
  std::vector<std::pair<int64_t, double>> found_;
  // The same for the samples the window of the next sample to emit does reach, in
  // decreasing deficit (a monotonic queue: the front is the window's largest), [minima_head_,
  // minima_tail_).
  std::vector<std::pair<int64_t, double>> minima_;
  int64_t entries_mask_, found_head_ = 0, found_tail_ = 0, minima_head_ = 0, minima_tail_ = 0;
  std::vector<double> recent_;  // the last `window_` held deficits, a ring
  int64_t recent_next_ = 0;     // the slot of recent_ the next emitted sample takes
  double held_deficit_ = 0, deficit_sum_ = 0;
  std::vector<float> piece_;  // kPiece samples, piece_size_ of them filled
  size_t piece_size_ = 0;
};

/// The largest absolute value of `samples` upsampled 4x (an estimate of the true peak).
/// Result i covers sample i and the three inter-sample points after it.
std::vector<float> OversampledPeaks(const std::vector<float>& samples);

/// The largest of OversampledPeaks(samples), in dB of full scale: the true peak (dBTP) by
/// the limiter's interpolator, a 4-phase 12-tap filter as BS.1770-4 Annex 2 describes
/// (a windowed sinc, not the Annex's coefficients).
double TruePeakDbtp(const std::vector<float>& samples);

}  // namespace spoken
