#include <gtest/gtest.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>

#include <cmath>
#include <fstream>
#include <functional>
#include <map>

#include "audio/audio_codec.h"
#include "audio/id3_tags.h"
#include "audio/loudness.h"
#include "audio/master.h"
#include "audio/reference_meter.h"
#include "audio/segments.h"
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

// `samples` * `gain` through the streaming limiter, fed in pieces of `piece` samples.
std::vector<float> Limit(const std::vector<float>& samples, double gain, LimiterConfig config = {},
                         size_t piece = 1000) {
  std::vector<float> out;
  TruePeakLimiter limiter(gain, kRate, config, [&out](const float* limited, size_t count) {
    out.insert(out.end(), limited, limited + count);
    return Status::Ok();
  });
  for (size_t i = 0; i < samples.size(); i += piece) {
    EXPECT_TRUE(limiter.Add(samples.data() + i, std::min(piece, samples.size() - i)).ok());
  }
  EXPECT_TRUE(limiter.Finish().ok());
  return out;
}

std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "spoken-audio-test-" + name;
}

// Encodes `samples` to a VBR MP3 file at `path`.
void WriteMp3(const std::vector<float>& samples, const std::string& path) {
  auto mp3 = EncodeMp3(samples, kRate, {});
  ASSERT_TRUE(mp3.ok()) << mp3.error().message;
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(mp3->data()), static_cast<std::streamsize>(mp3->size()));
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

TEST(TruePeakLimiter, TruePeakDbtpIsTheLargestOversampledPeak) {
  const std::vector<float> sine = QuarterRateSine(0.5, 3000);
  EXPECT_NEAR(TruePeakDbtp(sine), 20 * std::log10(MaxAbs(OversampledPeaks(sine))), 1e-6);
  EXPECT_NEAR(TruePeakDbtp(sine), 20 * std::log10(0.5), 0.2);
}

TEST(TruePeakLimiter, TruePeakDbtpFindsAnInterSamplePeakBesideALargerSample) {
  // Quiet noise, one spike of 0.8 (the largest sample) and, far from it, a short burst whose
  // samples are at most 0.64 but whose waveform peaks at 0.9 between them.
  std::vector<float> signal(20000);
  uint32_t noise = 1;
  for (float& s : signal) {
    noise = noise * 1664525u + 1013904223u;
    s = static_cast<float>(0.02 * ((noise >> 8) / 16777216.0 - 0.5));
  }
  signal[3001] = 0.8f;
  const std::vector<float> burst = QuarterRateSine(0.9, 40);
  std::copy(burst.begin(), burst.end(), signal.begin() + 12345);
  EXPECT_EQ(TruePeakDbtp(signal),
            20 * std::log10(static_cast<double>(MaxAbs(OversampledPeaks(signal)))));
  EXPECT_NEAR(TruePeakDbtp(signal), 20 * std::log10(0.9), 0.2);
}

TEST(TruePeakLimiter, LimitsIsolatedBurstsAndPassesTheQuietBeforeThem) {
  // A quiet tone with short loud bursts starting at every offset within a block of 16, the
  // stretches between them long enough for the limiter's gain to recover.
  std::vector<float> signal = QuarterRateSine(0.05, 60000);
  const std::vector<float> burst = QuarterRateSine(0.9, 24);
  for (size_t k = 0; k < 16; ++k) {
    const size_t at = 5000 + k * 3333;  // 3333 = 5 mod 16: every offset in a block once
    std::copy(burst.begin(), burst.end(), signal.begin() + static_cast<std::ptrdiff_t>(at));
  }
  const LimiterConfig config{.ceiling_dbtp = -2.0};
  const std::vector<float> limited = Limit(signal, 1.0, config);
  ASSERT_EQ(limited.size(), signal.size());
  EXPECT_LE(MaxAbs(OversampledPeaks(limited)), std::pow(10.0, -2.0 / 20.0) * 1.01);
  // Before the first burst's look-ahead and filter reach, nothing is touched.
  for (size_t i = 0; i < 4800; ++i) ASSERT_EQ(limited[i], signal[i]) << i;
  // Between bursts the gain recovers: the tone is back within 0.5 dB before the next one.
  for (size_t k = 0; k + 1 < 16; ++k) {
    const size_t before_next = 5000 + (k + 1) * 3333 - 200;
    EXPECT_GT(std::abs(limited[before_next]), std::abs(signal[before_next]) * 0.944) << k;
  }
  EXPECT_EQ(Limit(signal, 1.0, config, 1), limited);
  EXPECT_EQ(Limit(signal, 1.0, config, 4097), limited);
}

TEST(TruePeakLimiter, KeepsTheTruePeakUnderTheCeiling) {
  const std::vector<float> sine = QuarterRateSine(0.5, kRate);
  const std::vector<float> limited =
      Limit(sine, std::pow(10.0, 12 / 20.0), {.ceiling_dbtp = -2.0});  // +12 dB
  ASSERT_EQ(limited.size(), sine.size());
  const double ceiling = std::pow(10.0, -2.0 / 20.0);
  const std::vector<float> peaks = OversampledPeaks(limited);
  // Past the look-ahead at the start, the limited signal stays under the ceiling...
  EXPECT_LE(MaxAbs(std::vector<float>(peaks.begin() + 200, peaks.end())), ceiling * 1.01);
  // ...and is as loud as the ceiling allows, not squashed further.
  EXPECT_GT(MaxAbs(std::vector<float>(peaks.begin() + 2000, peaks.end())), ceiling * 0.97);
}

TEST(TruePeakLimiter, LeavesQuietAudioUntouched) {
  const std::vector<float> sine = QuarterRateSine(0.1, 2000);
  const std::vector<float> out = Limit(sine, 1.0);
  for (size_t i = 0; i < sine.size(); ++i) ASSERT_FLOAT_EQ(out[i], sine[i]);
}

TEST(TruePeakLimiter, OutputDoesNotDependOnHowTheInputIsCut) {
  std::vector<float> signal = QuarterRateSine(0.5, 30000);
  for (size_t i = 0; i < signal.size(); ++i)
    signal[i] *= static_cast<float>(1 + (i % 7000) / 3000.0);
  const std::vector<float> whole = Limit(signal, 2.0, {}, signal.size());
  EXPECT_EQ(Limit(signal, 2.0, {}, 1), whole);
  EXPECT_EQ(Limit(signal, 2.0, {}, 4097), whole);
}

TEST(LoudnessMeter, StreamedPiecesMeasureAsTheWholeSignal) {
  std::vector<int16_t> pcm(kRate * 20);
  for (size_t i = 0; i < pcm.size(); ++i) {
    // Quiet stretches between tones, like the pauses between sentences, so the gate matters.
    const bool pause = (i / (kRate * 2)) % 3 == 2;
    pcm[i] = pause ? 0 : static_cast<int16_t>(3276.8 * std::sin(2 * kPi * 997 * i / kRate));
  }
  LoudnessMeter whole(kRate);
  whole.Add(pcm.data(), pcm.size());
  LoudnessMeter streamed(kRate);
  for (size_t i = 0; i < pcm.size(); i += 3001) {  // pieces that straddle the 100 ms steps
    streamed.Add(pcm.data() + i, std::min<size_t>(3001, pcm.size() - i));
  }
  EXPECT_EQ(streamed.IntegratedLufs(), whole.IntegratedLufs());
}

TEST(LoudnessMeter, GivesTheBs1770FigureOfASteadyTone) {
  // A 997 Hz sine at amplitude 0.1 counted as dual mono: BS.1770 gives 20 log10(0.1) =
  // -20 LUFS (one channel alone would be -23.01), at any sample rate (the K-weighting lifts
  // 997 Hz by about 0.03 dB at 22.05 kHz, where the bilinear transform warps the shelf).
  for (const int rate : {22050, 44100, 48000}) {
    std::vector<float> tone(static_cast<size_t>(rate) * 10);
    for (size_t i = 0; i < tone.size(); ++i)
      tone[i] = static_cast<float>(0.1 * std::sin(2 * kPi * 997 * i / rate));
    EXPECT_NEAR(IntegratedLoudness(tone, rate), -20.0, 0.04) << rate;
  }
}

// Twenty seconds that sound loosely like speech: bursts of a few partials whose level and
// pitch wander, with pauses and a few loud plosive clicks, so both gates and the
// K-weighting's two stages all matter.
std::vector<float> SpeechLike(int rate) {
  std::vector<float> signal(static_cast<size_t>(rate) * 20);
  uint32_t noise = 12345;
  for (size_t i = 0; i < signal.size(); ++i) {
    const double t = static_cast<double>(i) / rate;
    const double syllable = std::sin(2 * kPi * 4 * t);
    const bool pause = std::fmod(t, 3.1) > 2.5;
    noise = noise * 1664525u + 1013904223u;
    const double hiss = (static_cast<double>(noise >> 8) / (1 << 24) - 0.5) * 0.02;
    const double pitch = 120 + 30 * std::sin(2 * kPi * 0.3 * t);
    double voice = 0;
    for (int partial = 1; partial <= 6; ++partial)
      voice += std::sin(2 * kPi * pitch * partial * t) / partial;
    const double level = pause ? 0.002 : 0.08 * (0.3 + std::abs(syllable)) * (t < 10 ? 1 : 0.4);
    const bool click = std::fmod(t, 1.7) < 0.004;
    signal[i] = static_cast<float>(level * voice + hiss + (click ? 0.5 : 0));
  }
  return signal;
}

TEST(LoudnessMeter, AgreesWithLibebur128) {
  for (const int rate : {22050, 48000}) {
    const std::vector<float> speech = SpeechLike(rate);
    auto reference = ReferenceLoudness(speech, rate);
    ASSERT_TRUE(reference.ok());
    // libebur128's histogram mode rounds each block to a 0.1 LU bin.
    EXPECT_NEAR(IntegratedLoudness(speech, rate), reference->integrated_lufs, 0.05) << rate;
  }
}

TEST(LoudnessMeter, SilenceAndTooShortAreMinusInfinity) {
  EXPECT_TRUE(std::isinf(IntegratedLoudness(std::vector<float>(kRate * 2), kRate)));
  // 300 ms is less than one 400 ms gating block.
  EXPECT_TRUE(std::isinf(IntegratedLoudness(QuarterRateSine(0.5, kRate * 3 / 10), kRate)));
}

TEST(LoudnessMeter, PooledMetersMeasureAsOneSignal) {
  std::vector<float> signal(kRate * 20);
  for (size_t i = 0; i < signal.size(); ++i) {
    const double level = i < signal.size() / 2 ? 0.05 : 0.2;  // louder in the second half
    signal[i] = static_cast<float>(level * std::sin(2 * kPi * 440 * i / kRate));
  }
  const double whole = IntegratedLoudness(signal, kRate);
  LoudnessMeter first(kRate), second(kRate);
  const size_t half = signal.size() / 2;
  first.Add(signal.data(), half);
  second.Add(signal.data() + half, signal.size() - half);
  EXPECT_NEAR(LoudnessMeter::IntegratedOf({&first, &second}), whole, 0.02);
  EXPECT_TRUE(std::isinf(LoudnessMeter::IntegratedOf({})));
}

// A minute of a quiet tone with a loud click every 0.37 s: the limiter has work to do at
// any gain that brings it to the target. (Not every half second: the sample's pieces would
// all start on a click, where a limiter starting afresh lets part of it through.)
std::vector<int16_t> TonesWithClicks() {
  std::vector<int16_t> pcm(kRate * 60);
  for (size_t i = 0; i < pcm.size(); ++i) {
    const bool click = i % (kRate * 37 / 100) < kRate / 200;
    const double level = click ? 0.6 : 0.04 + 0.02 * std::sin(2 * kPi * 3 * i / kRate);
    pcm[i] =
        static_cast<int16_t>(32767 * level * std::sin(2 * kPi * (click ? 3000 : 220) * i / kRate));
  }
  return pcm;
}

TEST(AimGain, ASpreadSampleAimsTheWholeAtTheTarget) {
  const std::vector<int16_t> pcm = TonesWithClicks();
  LoudnessMeter raw(kRate);
  raw.Add(pcm.data(), pcm.size());
  const MasterInput input{.pcm =
                              [&pcm](int64_t first, int64_t count, const PcmSink& sink) {
                                return sink(pcm.data() + first, static_cast<size_t>(count));
                              },
                          .samples = static_cast<int64_t>(pcm.size()),
                          .sample_rate_hz = kRate,
                          .integrated_lufs = raw.IntegratedLufs()};
  const MasterConfig config;
  const std::vector<Segment> sample = SpreadSample(input.samples, kRate * 2, kRate * 20);
  ASSERT_EQ(sample.size(), 10u);
  auto aim = AimGain(input, sample, config, 2);
  ASSERT_TRUE(aim.ok()) << aim.error().message;
  EXPECT_LT(aim->lu_per_db, 1.0);  // the limiter takes more the higher the gain
  // The whole, limited at the aim, is at the target.
  std::vector<float> limited;
  TruePeakLimiter limiter(std::pow(10.0, aim->gain_db / 20), kRate, config.limiter,
                          [&limited](const float* samples, size_t count) {
                            limited.insert(limited.end(), samples, samples + count);
                            return Status::Ok();
                          });
  ASSERT_TRUE(limiter.Add(pcm.data(), pcm.size()).ok());
  ASSERT_TRUE(limiter.Finish().ok());
  EXPECT_NEAR(IntegratedLoudness(limited, kRate), config.target_lufs, config.tolerance_lu);
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
  auto loudness = ReferenceLoudness(*normalized, kRate);
  ASSERT_TRUE(loudness.ok());
  // Aimed by LoudnessMeter, checked by libebur128, whose histogram bins are 0.1 LU wide.
  EXPECT_NEAR(loudness->integrated_lufs, config.target_lufs, config.tolerance_lu + 0.05);
  EXPECT_LE(loudness->true_peak_dbtp, config.limiter.ceiling_dbtp + 0.2);
}

TEST(NormalizeLoudness, SilenceIsAnError) {
  auto normalized = NormalizeLoudness(std::vector<int16_t>(kRate), kRate, {});
  ASSERT_FALSE(normalized.ok());
  EXPECT_EQ(normalized.error().code, ErrorCode::kInvalidInput);
}

TEST(AudioCodec, VbrMp3DecodesToExactlyTheSamplesEncoded) {
  const std::vector<float> sine = QuarterRateSine(0.3, 54321);
  const std::string path = TempPath("exact.mp3");
  WriteMp3(sine, path);
  size_t decoded = 0;
  auto rate = DecodeAudioFile(path, [&](const float*, size_t count) {
    decoded += count;
    return Status::Ok();
  });
  ASSERT_TRUE(rate.ok());
  EXPECT_EQ(*rate, kRate);
  EXPECT_EQ(decoded, sine.size());  // the LAME header lets the decoder trim delay and padding
}

// The chapter ids a reader meets following the CTOC tree of `path` from the top-level CTOC.
std::vector<std::string> ChaptersThroughToc(const std::string& path, size_t* tocs) {
  TagLib::MPEG::File file(path.c_str(), false);
  std::map<std::string, const TagLib::ID3v2::TableOfContentsFrame*> by_id;
  const TagLib::ID3v2::TableOfContentsFrame* top = nullptr;
  for (const auto* frame : file.ID3v2Tag()->frameList("CTOC")) {
    const auto* toc = dynamic_cast<const TagLib::ID3v2::TableOfContentsFrame*>(frame);
    by_id[std::string(toc->elementID().data(), toc->elementID().size())] = toc;
    EXPECT_LE(toc->entryCount(), 255u);
    if (toc->isTopLevel()) {
      EXPECT_EQ(top, nullptr);  // only one
      top = toc;
    }
  }
  *tocs = by_id.size();
  std::vector<std::string> chapters;
  std::function<void(const TagLib::ID3v2::TableOfContentsFrame*)> walk = [&](const auto* toc) {
    for (const TagLib::ByteVector& child : toc->childElements()) {
      const std::string id(child.data(), child.size());
      if (by_id.count(id) != 0) {
        walk(by_id[id]);
      } else {
        chapters.push_back(id);
      }
    }
  };
  if (top != nullptr) walk(top);
  return chapters;
}

TEST(Id3Tags, MoreChaptersThanACtocHoldsGoUnderChildCtocs) {
  const std::string path = TempPath("tagged.mp3");
  WriteMp3(QuarterRateSine(0.3, kRate), path);
  EXPECT_FALSE(TagMp3File(path, {.title = "t"}, {}).ok());
  for (const size_t count : {size_t{255}, size_t{600}}) {
    WriteMp3(QuarterRateSine(0.3, kRate), path);
    std::vector<Id3Chapter> chapters;
    for (size_t i = 0; i < count; ++i) {
      chapters.push_back(
          {"c" + std::to_string(i), static_cast<int64_t>(i), static_cast<int64_t>(i + 1)});
    }
    ASSERT_TRUE(TagMp3File(path, {.title = "t"}, chapters).ok());
    size_t tocs = 0;
    const std::vector<std::string> found = ChaptersThroughToc(path, &tocs);
    ASSERT_EQ(found.size(), count);
    for (size_t i = 0; i < count; ++i) EXPECT_EQ(found[i], "chp" + std::to_string(i));
    EXPECT_EQ(tocs, count == 255 ? 1u : 4u);  // 600: the top one and three of 200
  }
  std::ifstream in(path, std::ios::binary);
  std::string magic(3, '\0');
  in.read(magic.data(), 3);
  EXPECT_EQ(magic, "ID3");
  auto heard = MeasureEncodedFile(path);  // the tag leaves the audio as it was
  ASSERT_TRUE(heard.ok());
  EXPECT_EQ(heard->samples, kRate);
}

}  // namespace
}  // namespace spoken
