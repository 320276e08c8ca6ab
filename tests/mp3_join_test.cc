#include "audio/mp3_join.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>

#include "audio/audio_codec.h"

namespace spoken {
namespace {

constexpr int kRate = 22050;

std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "spoken-mp3-join-test-" + name;
}

// Speech-like stand-in: a `seconds` long warbling tone between two quarter-second silences,
// so that a cut between segments falls in silence as it does between sentences.
std::vector<float> Burst(double seconds, double hz) {
  const size_t silence = kRate / 4;
  const size_t tone = static_cast<size_t>(seconds * kRate);
  std::vector<float> samples(silence + tone + silence, 0.0f);
  for (size_t i = 0; i < tone; ++i) {
    const double t = static_cast<double>(i) / kRate;
    const double envelope = std::sin(3.14159265358979 * static_cast<double>(i) / tone);
    samples[silence + i] = static_cast<float>(
        0.4 * envelope * std::sin(2 * 3.14159265358979 * hz * t * (1 + 0.1 * std::sin(7 * t))));
  }
  return samples;
}

std::vector<uint8_t> Encoded(const std::vector<float>& samples) {
  auto mp3 = EncodeMp3(samples, kRate, {});
  EXPECT_TRUE(mp3.ok()) << mp3.error().message;
  return mp3.ok() ? *mp3 : std::vector<uint8_t>{};
}

std::vector<float> Decoded(const std::string& path) {
  std::vector<float> out;
  auto rate = DecodeAudioFile(path, [&out](const float* samples, size_t count) {
    out.insert(out.end(), samples, samples + count);
    return Status::Ok();
  });
  EXPECT_TRUE(rate.ok());
  return out;
}

std::vector<uint8_t> FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(ReadMp3Stream, ReadsTheLameHeaderOfAnEncodedStream) {
  const std::vector<float> samples = Burst(1.3, 300);
  auto info = ReadMp3Stream(Encoded(samples));
  ASSERT_TRUE(info.ok()) << info.error().message;
  EXPECT_EQ(info->samples_per_frame, 576);  // MPEG-2 at 22.05 kHz
  EXPECT_EQ(info->DecodedSamples(), static_cast<int64_t>(samples.size()));
  EXPECT_FALSE(ReadMp3Stream(std::vector<uint8_t>(100, 0xFF)).ok());
}

TEST(Mp3Joiner, OneStreamIsRewrittenAsLameWroteIt) {
  // The header the joiner computes (counts, CRCs, delay, padding) matches LAME's own, all
  // but the seek table, which LAME samples differently.
  const std::vector<uint8_t> mp3 = Encoded(Burst(2.0, 440));
  const std::string path = TempPath("one.mp3");
  auto joiner = Mp3Joiner::Open(path);
  ASSERT_TRUE(joiner.ok());
  auto start = (*joiner)->Append(mp3);
  ASSERT_TRUE(start.ok()) << start.error().message;
  EXPECT_EQ(*start, 0);
  ASSERT_TRUE((*joiner)->Close().ok());
  std::vector<uint8_t> joined = FileBytes(path);
  ASSERT_EQ(joined.size(), mp3.size());
  const size_t toc = 4 + 9 + 16;  // frame header, MPEG-2 mono side info, Xing fields
  std::copy(mp3.begin() + toc, mp3.begin() + toc + 100, joined.begin() + toc);
  const size_t tag_crc = 4 + 9 + 120 + 34;
  EXPECT_TRUE(std::equal(joined.begin(), joined.begin() + tag_crc, mp3.begin()));
}

TEST(Mp3Joiner, JoinedStreamsDecodeToTheCountedLengthWithEachPartWhereAppendSaid) {
  const std::vector<std::vector<float>> parts = {Burst(1.0, 300), Burst(2.2, 520), Burst(0.7, 410)};
  const std::string path = TempPath("three.mp3");
  auto joiner = Mp3Joiner::Open(path);
  ASSERT_TRUE(joiner.ok());
  std::vector<int64_t> starts;
  for (const auto& part : parts) {
    auto start = (*joiner)->Append(Encoded(part));
    ASSERT_TRUE(start.ok()) << start.error().message;
    starts.push_back(*start);
  }
  auto length = (*joiner)->Close();
  ASSERT_TRUE(length.ok());
  const std::vector<float> joined = Decoded(path);
  EXPECT_EQ(static_cast<int64_t>(joined.size()), *length);
  EXPECT_EQ(*length, starts.back() + static_cast<int64_t>(parts.back().size()));

  // Each part plays at its start as it does alone; what the joins add between the parts
  // is near silence (no click).
  for (size_t k = 0; k < parts.size(); ++k) {
    const std::string alone_path = TempPath("alone.mp3");
    std::ofstream(alone_path, std::ios::binary)
        .write(reinterpret_cast<const char*>(Encoded(parts[k]).data()),
               static_cast<std::streamsize>(Encoded(parts[k]).size()));
    const std::vector<float> alone = Decoded(alone_path);
    ASSERT_EQ(alone.size(), parts[k].size());
    double worst = 0;
    for (size_t i = 0; i < alone.size(); ++i) {
      worst = std::max(worst, static_cast<double>(
                                  std::abs(joined[static_cast<size_t>(starts[k]) + i] - alone[i])));
    }
    EXPECT_LT(worst, 0.01) << "part " << k;
    if (k == 0) continue;
    const int64_t gap_begin = starts[k - 1] + static_cast<int64_t>(parts[k - 1].size());
    for (int64_t i = gap_begin; i < starts[k]; ++i) {
      EXPECT_LT(std::abs(joined[static_cast<size_t>(i)]), 0.01) << "join sample " << i;
    }
  }
}

}  // namespace
}  // namespace spoken
