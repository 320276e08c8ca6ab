#include <gtest/gtest.h>

#include <cmath>

#include "audio/audio_codec.h"
#include "audio/id3_tags.h"
#include "audio/loudness.h"
#include "audio/master.h"
#include "audio/true_peak_limiter.h"

namespace spoken {
namespace {

constexpr int kRate = 22050;
constexpr double kPi = 3.14159265358979323846;

// A sine at a quarter of the sample rate, phase-shifted so every sample sits at 0.707 of
// the waveform's true peak: the case where sample peaks hide inter-sample overs.
std::vector<float> QuarterRateSine(double amplitude, size_t n) {
  std::vector<float> samples(n);
  for (size_t i = 0; i < n; ++i)
    samples[i] = static_cast<float>(amplitude * std::sin(kPi / 2 * i + kPi / 4));
  return samples;
}

double MaxAbs(const std::vector<float>& samples) {
  double peak = 0;
  for (const float s : samples) peak = std::max(peak, static_cast<double>(std::abs(s)));
  return peak;
}

TEST(TruePeakLimiter, OversamplingFindsPeaksBetweenSamples) {
  const std::vector<float> sine = QuarterRateSine(0.9, 4000);
  EXPECT_NEAR(MaxAbs(sine), 0.9 * std::sqrt(0.5), 1e-3);
  const std::vector<float> peaks = OversampledPeaks(sine);
  EXPECT_NEAR(MaxAbs(peaks), 0.9, 0.02);
}

TEST(TruePeakLimiter, KeepsTheTruePeakUnderTheCeiling) {
  const std::vector<float> sine = QuarterRateSine(0.5, kRate);
  const TruePeakLimiter limiter(sine, kRate, {.ceiling_dbtp = -2.0});
  const std::vector<float> limited = limiter.Apply(std::pow(10.0, 12 / 20.0));  // +12 dB
  const double ceiling = std::pow(10.0, -2.0 / 20.0);
  const std::vector<float> peaks = OversampledPeaks(limited);
  // Past the look-ahead at the start, the limited signal stays under the ceiling...
  EXPECT_LE(MaxAbs(std::vector<float>(peaks.begin() + 200, peaks.end())), ceiling * 1.01);
  // ...and is as loud as the ceiling allows, not squashed further.
  EXPECT_GT(MaxAbs(std::vector<float>(peaks.begin() + 2000, peaks.end())), ceiling * 0.97);
}

TEST(TruePeakLimiter, LeavesQuietAudioUntouched) {
  const std::vector<float> sine = QuarterRateSine(0.1, 2000);
  const std::vector<float> out = TruePeakLimiter(sine, kRate, {}).Apply(1.0);
  for (size_t i = 0; i < sine.size(); ++i) ASSERT_FLOAT_EQ(out[i], sine[i]);
}

TEST(NormalizeLoudness, ReachesTheTargetWithinTheTolerance) {
  std::vector<int16_t> pcm(kRate * 5);
  for (size_t i = 0; i < pcm.size(); ++i) {
    // A 220 Hz tone whose level wobbles, loosely like speech.
    const double envelope = 0.1 + 0.05 * std::sin(2 * kPi * 3 * i / kRate);
    pcm[i] = static_cast<int16_t>(32767 * envelope * std::sin(2 * kPi * 220 * i / kRate));
  }
  const MasterConfig config;
  auto normalized = NormalizeLoudness(pcm, kRate, config);
  ASSERT_TRUE(normalized.ok());
  auto loudness = MeasureLoudness(*normalized, kRate, true);
  ASSERT_TRUE(loudness.ok());
  EXPECT_NEAR(loudness->integrated_lufs, config.target_lufs, config.tolerance_lu + 0.01);
  EXPECT_LE(loudness->true_peak_dbtp, config.limiter.ceiling_dbtp + 0.2);
}

TEST(NormalizeLoudness, SilenceIsAnError) {
  auto normalized = NormalizeLoudness(std::vector<int16_t>(kRate), kRate, {});
  ASSERT_FALSE(normalized.ok());
  EXPECT_EQ(normalized.error().code, ErrorCode::kInvalidInput);
}

TEST(AudioCodec, VbrMp3DecodesToExactlyTheSamplesEncoded) {
  const std::vector<float> sine = QuarterRateSine(0.3, 54321);
  auto mp3 = EncodeMp3(sine, kRate, {});
  ASSERT_TRUE(mp3.ok());
  size_t decoded = 0;
  auto rate = DecodeAudio(*mp3, [&](const float*, size_t count) {
    decoded += count;
    return Status::Ok();
  });
  ASSERT_TRUE(rate.ok());
  EXPECT_EQ(*rate, kRate);
  EXPECT_EQ(decoded, sine.size());  // the LAME header lets the decoder trim delay and padding
}

TEST(Id3Tags, RefusesAChapterCountTheCtocCannotHold) {
  auto mp3 = EncodeMp3(QuarterRateSine(0.3, kRate), kRate, {});
  ASSERT_TRUE(mp3.ok());
  EXPECT_FALSE(TagMp3(*mp3, {.title = "t"}, {}).ok());
  EXPECT_FALSE(TagMp3(*mp3, {.title = "t"}, std::vector<Id3Chapter>(256, {"c", 0, 1})).ok());
  auto tagged = TagMp3(*mp3, {.title = "t"}, std::vector<Id3Chapter>(255, {"c", 0, 1}));
  ASSERT_TRUE(tagged.ok());
  EXPECT_EQ(std::string(tagged->begin(), tagged->begin() + 3), "ID3");
}

}  // namespace
}  // namespace spoken
