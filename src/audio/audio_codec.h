// Encoding and decoding with libsndfile (LAME and mpg123 underneath for MP3).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace spoken {

struct Mp3Config {
  double vbr_level = 0.7;  // libsndfile compression level; LAME VBR quality = level * 10 (-V7,
                           // ~48 kbit/s mono at 22.05 kHz). VBR always writes the Xing/LAME
                           // header, so decoders trim encoder delay and timings stay exact.
};

/// Encodes mono `samples` (full scale +-1.0) as a 16-bit PCM WAV file.
Result<std::vector<uint8_t>> EncodeWav(const std::vector<float>& samples, int sample_rate_hz);

/// Encodes mono `samples` (full scale +-1.0) as a VBR MP3 with no tags, in memory: a
/// Xing/LAME header frame (which lets decoders trim the encoder's delay and padding),
/// then the audio frames.
Result<std::vector<uint8_t>> EncodeMp3(const std::vector<float>& samples, int sample_rate_hz,
                                       const Mp3Config& config);

/// Decodes `bytes` (an MP3 or anything libsndfile reads; a few seconds of audio, as it is
/// all held) and returns the first channel's samples, with room for `expected_samples`
/// made up front.
Result<std::vector<float>> DecodeInMemory(std::vector<uint8_t> bytes, size_t expected_samples);

/// Receives decoded audio a piece at a time: the first channel's samples.
using DecodedChunk = std::function<Status(const float* samples, size_t count)>;

/// Called once, before the first chunk, with the decoded audio's sample rate.
using DecodedFormat = std::function<Status(int sample_rate_hz)>;

/// Decodes the MP3 (or any format libsndfile reads) at `path`, handing it to `sink` in
/// pieces so that a long file is never held whole. Returns the sample rate.
Result<int> DecodeAudioFile(const std::string& path, const DecodedChunk& sink,
                            const DecodedFormat& format = {});

}  // namespace spoken
