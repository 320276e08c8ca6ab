// master stage: synthesized PCM + timeline -> a loudness-normalized, tagged, chaptered MP3.
#pragma once

#include <cstdint>
#include <vector>

#include "audio/audio_codec.h"
#include "audio/edition.h"
#include "audio/id3_tags.h"
#include "audio/loudness.h"
#include "audio/true_peak_limiter.h"
#include "core/result.h"

namespace spoken {

struct MasterConfig {
  double target_lufs = -16.0;  // integrated loudness, mono counted as dual mono (standards §8)
  double tolerance_lu = 0.1;   // stop adjusting the gain within this of the target
  LimiterConfig limiter;       // true-peak ceiling and timing
  Mp3Config mp3;
};

struct MasteredAudio {
  std::vector<uint8_t> mp3;  // tagged, ready to write
  AudioInfo info;            // file name left empty: the caller names the file
};

/// What a listener's decoder gets from an encoded file.
struct HeardAudio {
  int sample_rate_hz = 0;
  int64_t samples = 0;  // decoded length (the LAME header lets decoders trim padding)
  Loudness loudness;    // integrated and true peak, mono as dual mono
};

/// Decodes `encoded` (MP3 or anything libsndfile reads) in pieces and measures it.
Result<HeardAudio> MeasureEncoded(const std::vector<uint8_t>& encoded);

/// One chapter per section of `script`, timed by `timeline`.
std::vector<Id3Chapter> ChaptersOf(const Script& script, const Timeline& timeline);

/// `pcm` (full scale +-32768) at the target loudness: gain, then the true-peak limiter, and
/// again with the measured shortfall until within the tolerance (at most a few passes).
Result<std::vector<float>> NormalizeLoudness(const std::vector<int16_t>& pcm, int sample_rate_hz,
                                             const MasterConfig& config);

/// Brings `pcm` to the target loudness with gain and a true-peak limiter, encodes it, tags
/// it with `metadata` and `chapters`, then measures the decoded MP3 (what listeners hear).
Result<MasteredAudio> Master(const std::vector<int16_t>& pcm, int sample_rate_hz,
                             const Id3Metadata& metadata, const std::vector<Id3Chapter>& chapters,
                             const MasterConfig& config);

}  // namespace spoken
