// Encoding and decoding in memory with libsndfile (LAME and mpg123 underneath for MP3).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace spoken {

struct Mp3Config {
  double vbr_level = 0.7;  // libsndfile compression level; LAME VBR quality = level * 10 (-V7,
                           // ~48 kbit/s mono at 22.05 kHz). VBR always writes the Xing/LAME
                           // header, so decoders trim encoder delay and timings stay exact.
};

/// Encodes mono `samples` (full scale +-1.0) as a VBR MP3 with no tags.
Result<std::vector<uint8_t>> EncodeMp3(const std::vector<float>& samples, int sample_rate_hz,
                                       const Mp3Config& config);

/// Encodes mono `samples` (full scale +-1.0) as a 16-bit PCM WAV file.
Result<std::vector<uint8_t>> EncodeWav(const std::vector<float>& samples, int sample_rate_hz);

struct DecodedAudio {
  std::vector<float> samples;  // first channel
  int sample_rate_hz = 0;
};

/// Decodes an MP3 (or any format libsndfile reads) held in memory.
Result<DecodedAudio> DecodeAudio(const std::vector<uint8_t>& bytes);

}  // namespace spoken
