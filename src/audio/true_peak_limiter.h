// A look-ahead limiter that keeps the true (inter-sample) peak under a ceiling.
#pragma once

#include <vector>

namespace spoken {

struct LimiterConfig {
  double ceiling_dbtp = -2.0;  // true-peak ceiling; the MP3 encoder adds up to ~0.5 dB
  double lookahead_ms = 5.0;   // gain starts falling this long before a peak
  double release_ms = 80.0;    // time constant of the gain's recovery after a peak
};

/// Applies `gain` (linear) to `samples` in place and limits the result so that no sample and
/// no 4x-oversampled inter-sample value exceeds the ceiling. Deterministic; O(n).
void ApplyGainWithLimiter(std::vector<float>& samples, double gain, int sample_rate_hz,
                          const LimiterConfig& config);

/// The largest absolute value of `samples` upsampled 4x (an estimate of the true peak).
/// Result i covers sample i and the three inter-sample points after it.
std::vector<float> OversampledPeaks(const std::vector<float>& samples);

}  // namespace spoken
