// Loudness measurement (ITU-R BS.1770 / EBU R 128) with libebur128.
#pragma once

#include <vector>

#include "core/result.h"

namespace spoken {

struct Loudness {
  double integrated_lufs = 0;  // gated integrated loudness; -inf for silence
  double true_peak_dbtp = 0;   // only when measured with true peak, else 0
};

/// Measures mono `samples` (full scale +-1.0) as dual mono: a mono file plays on two
/// speakers, and podcast loudness targets assume that (standards §8).
/// `with_true_peak` adds the 4x-oversampled peak, which costs about as much as synthesis.
Result<Loudness> MeasureLoudness(const std::vector<float>& samples, int sample_rate_hz,
                                 bool with_true_peak);

}  // namespace spoken
