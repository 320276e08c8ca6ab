// A look-ahead limiter that keeps the true (inter-sample) peak under a ceiling.
#pragma once

#include <functional>
#include <vector>

#include "core/result.h"

namespace spoken {

struct LimiterConfig {
  double ceiling_dbtp = -2.0;  // true-peak ceiling; the MP3 encoder adds up to ~0.5 dB
  double lookahead_ms = 5.0;   // gain starts falling this long before a peak
  double release_ms = 80.0;    // time constant of the gain's recovery after a peak
};

/// Analyses a signal's true peaks once, then applies any gain with limiting, so that
/// finding the gain that meets a loudness target costs one analysis, not one per try.
class TruePeakLimiter {
 public:
  /// `samples` (mono, full scale +-1.0) must outlive the limiter.
  TruePeakLimiter(const std::vector<float>& samples, int sample_rate_hz, LimiterConfig config);

  /// Receives the limited signal in consecutive pieces.
  using Sink = std::function<Status(const float* samples, size_t count)>;

  /// `samples` * `gain` (linear), limited so that no sample and no 4x-oversampled
  /// inter-sample value exceeds the ceiling, handed to `sink` in pieces (nothing the size of
  /// the signal is allocated). Stops at the first error of `sink`. Deterministic; O(n).
  Status Apply(double gain, const Sink& sink) const;

  /// The same, collected into one buffer.
  std::vector<float> Apply(double gain) const;

 private:
  const std::vector<float>& samples_;
  std::vector<float> peaks_;  // OversampledPeaks(samples_)
  int sample_rate_hz_;
  LimiterConfig config_;
};

/// The largest absolute value of `samples` upsampled 4x (an estimate of the true peak).
/// Result i covers sample i and the three inter-sample points after it.
std::vector<float> OversampledPeaks(const std::vector<float>& samples);

}  // namespace spoken
