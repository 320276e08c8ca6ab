// Loudness and true peak as libebur128 measures them: the check on what the build made,
// independent of the LoudnessMeter the build aims with (loudness.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace spoken {

struct Loudness {
  double integrated_lufs = 0;  // gated integrated loudness; -inf for silence
  double true_peak_dbtp = 0;   // 4x oversampled, in dB of full scale
};

/// libebur128's figures for mono `samples` (full scale +-1.0), counted as dual mono
/// (standards §8). kEngine when libebur128 cannot start or refuses the audio.
Result<Loudness> ReferenceLoudness(const std::vector<float>& samples, int sample_rate_hz);

/// What a listener's decoder gets from an encoded file.
struct HeardAudio {
  int sample_rate_hz = 0;
  int64_t samples = 0;  // decoded length (the LAME header lets decoders trim padding)
  Loudness loudness;    // by libebur128, mono as dual mono
};

/// Decodes the file at `path` (MP3 or anything libsndfile reads) in pieces and measures it
/// with libebur128, in O(1) memory (its histogram mode).
Result<HeardAudio> MeasureEncodedFile(const std::string& path);

}  // namespace spoken
