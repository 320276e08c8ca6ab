// Loudness measurement (ITU-R BS.1770 / EBU R 128) with libebur128.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/result.h"

namespace spoken {

struct Loudness {
  double integrated_lufs = 0;  // gated integrated loudness; -inf for silence
  double true_peak_dbtp = 0;   // only when measured with true peak, else 0
};

/// Measures mono audio (full scale +-1.0) fed in pieces, counted as dual mono: a mono file
/// plays on two speakers, and podcast loudness targets assume that (standards §8).
/// True peak (4x oversampled) costs about as much as synthesis; ask for it only at the end.
/// Memory is O(1) whatever the length (libebur128's histogram mode).
class LoudnessMeter {
 public:
  /// kEngine when libebur128 cannot start.
  static Result<std::unique_ptr<LoudnessMeter>> Create(int sample_rate_hz, bool with_true_peak);
  ~LoudnessMeter();
  LoudnessMeter(const LoudnessMeter&) = delete;
  LoudnessMeter& operator=(const LoudnessMeter&) = delete;

  Status Add(const float* samples, size_t count);
  /// 16-bit samples, full scale +-32768.
  Status Add(const int16_t* samples, size_t count);
  /// The loudness of everything added so far.
  Loudness Measured() const;
  /// The integrated loudness of everything added to `meters` (all at one sample rate), as if
  /// added to one meter: their gating blocks pooled (-inf for silence or none).
  static double IntegratedOf(const std::vector<const LoudnessMeter*>& meters);

 private:
  struct State;  // libebur128's handle, which stays out of this header
  LoudnessMeter(std::unique_ptr<State> state, bool with_true_peak);
  std::unique_ptr<State> state_;
  bool with_true_peak_;
};

/// One-shot LoudnessMeter over `samples`.
Result<Loudness> MeasureLoudness(const std::vector<float>& samples, int sample_rate_hz,
                                 bool with_true_peak);

}  // namespace spoken
