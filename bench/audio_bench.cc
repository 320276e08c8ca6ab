// Speed of the audio path's own stages on a minute of speech-like audio at eSpeak NG's
// 22.05 kHz: the loudness meter against libebur128 (which it replaced in the build, and
// which the audit still uses) as the baseline, and the true-peak limiter.
#include <benchmark/benchmark.h>
#include <ebur128.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "audio/loudness.h"
#include "audio/true_peak_limiter.h"

namespace spoken {
namespace {

constexpr int kRate = 22050;

// A minute of voiced bursts with pauses, at about -20 LUFS, some peaks near full scale.
const std::vector<int16_t>& SpeechLikeMinute() {
  static const std::vector<int16_t> pcm = [] {
    constexpr double kPi = 3.14159265358979323846;
    std::vector<int16_t> out(kRate * 60);
    for (size_t i = 0; i < out.size(); ++i) {
      const double t = static_cast<double>(i) / kRate;
      const bool pause = std::fmod(t, 3.1) > 2.5;
      const double pitch = 120 + 30 * std::sin(2 * kPi * 0.3 * t);
      double voice = 0;
      for (int partial = 1; partial <= 6; ++partial)
        voice += std::sin(2 * kPi * pitch * partial * t) / partial;
      const double level = pause ? 0 : 0.25 * (0.3 + std::abs(std::sin(2 * kPi * 4 * t)));
      out[i] = static_cast<int16_t>(std::clamp(level * voice, -1.0, 1.0) * 32767);
    }
    return out;
  }();
  return pcm;
}

void SetAudioSeconds(benchmark::State& state, size_t samples) {
  state.counters["audio_s_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * samples) / kRate, benchmark::Counter::kIsRate);
}

void BM_LoudnessMeter(benchmark::State& state) {
  const std::vector<int16_t>& pcm = SpeechLikeMinute();
  for (auto _ : state) {
    LoudnessMeter meter(kRate);
    meter.Add(pcm.data(), pcm.size());
    benchmark::DoNotOptimize(meter.IntegratedLufs());
  }
  SetAudioSeconds(state, pcm.size());
}

// The baseline: libebur128 in the mode the build used it (histogram, dual mono, no true peak).
void BM_Libebur128(benchmark::State& state) {
  const std::vector<int16_t>& pcm = SpeechLikeMinute();
  for (auto _ : state) {
    ebur128_state* meter = ebur128_init(1, kRate, EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM);
    ebur128_set_channel(meter, 0, EBUR128_DUAL_MONO);
    ebur128_add_frames_short(meter, pcm.data(), pcm.size());
    double lufs = 0;
    ebur128_loudness_global(meter, &lufs);
    benchmark::DoNotOptimize(lufs);
    ebur128_destroy(&meter);
  }
  SetAudioSeconds(state, pcm.size());
}

void BM_TruePeakLimiter(benchmark::State& state) {
  const std::vector<int16_t>& pcm = SpeechLikeMinute();
  for (auto _ : state) {
    float last = 0;
    TruePeakLimiter limiter(2.0, kRate, {}, [&last](const float* samples, size_t count) {
      last = samples[count - 1];
      return Status::Ok();
    });
    benchmark::DoNotOptimize(limiter.Add(pcm.data(), pcm.size()));
    benchmark::DoNotOptimize(limiter.Finish());
    benchmark::DoNotOptimize(last);
  }
  SetAudioSeconds(state, pcm.size());
}

BENCHMARK(BM_Libebur128)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoudnessMeter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TruePeakLimiter)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace spoken
