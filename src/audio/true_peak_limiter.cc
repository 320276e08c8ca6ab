#include "audio/true_peak_limiter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>

namespace spoken {
namespace {

constexpr int kPhases = 4;  // oversampling factor, as BS.1770-4 asks below 96 kHz
constexpr int kTaps = 12;   // taps per phase of the interpolation filter
constexpr int kLastTapBeforePoint = kTaps / 2 - 1;  // the interpolated point follows it

// Polyphase windowed-sinc (Hann) interpolation filter, one row per fractional phase 1..3/4.
using PhaseFilters = std::array<std::array<float, kTaps>, kPhases - 1>;

PhaseFilters MakeFilters() {
  PhaseFilters filters{};
  constexpr double kPi = 3.14159265358979323846;
  for (int phase = 1; phase < kPhases; ++phase) {
    const double fraction = static_cast<double>(phase) / kPhases;
    for (int tap = 0; tap < kTaps; ++tap) {
      const double t = tap - kLastTapBeforePoint - fraction;  // distance to the interpolated point
      const double sinc = std::abs(t) < 1e-9 ? 1.0 : std::sin(kPi * t) / (kPi * t);
      const double window = 0.5 + 0.5 * std::cos(kPi * t / (kTaps / 2.0));
      filters[phase - 1][tap] = static_cast<float>(sinc * window);
    }
  }
  return filters;
}

}  // namespace

std::vector<float> OversampledPeaks(const std::vector<float>& samples) {
  static const PhaseFilters filters = MakeFilters();
  const int64_t n = static_cast<int64_t>(samples.size());
  std::vector<float> peaks(samples.size());
  for (int64_t i = 0; i < n; ++i) {
    float peak = std::abs(samples[i]);
    for (const auto& filter : filters) {
      float value = 0;
      for (int tap = 0; tap < kTaps; ++tap) {
        const int64_t index = i + tap - (kTaps / 2 - 1);
        if (index >= 0 && index < n) value += filter[tap] * samples[index];
      }
      peak = std::max(peak, std::abs(value));
    }
    peaks[i] = peak;
  }
  return peaks;
}

TruePeakLimiter::TruePeakLimiter(const std::vector<float>& samples, int sample_rate_hz,
                                 LimiterConfig config)
    : samples_(samples),
      peaks_(OversampledPeaks(samples)),
      sample_rate_hz_(sample_rate_hz),
      config_(config) {}

std::vector<float> TruePeakLimiter::Apply(double gain) const {
  std::vector<float> out;
  out.reserve(samples_.size());
  const Status status = Apply(gain, [&out](const float* samples, size_t count) {
    out.insert(out.end(), samples, samples + count);
    return Status::Ok();
  });
  (void)status;  // the sink above never fails
  return out;
}

Status TruePeakLimiter::Apply(double gain, const Sink& sink) const {
  const double ceiling = std::pow(10.0, config_.ceiling_dbtp / 20.0);
  const size_t n = samples_.size();
  const size_t window =
      std::max<size_t>(1, static_cast<size_t>(config_.lookahead_ms * sample_rate_hz_ / 1000.0));
  // Peaks scale with the gain, so the analysis of the unscaled signal serves every gain.
  auto required = [&](size_t i) {
    const double peak = peaks_[i] * gain;
    return peak > ceiling ? ceiling / peak : 1.0;
  };
  const double release = 1.0 - std::exp(-1000.0 / (config_.release_ms * sample_rate_hz_));

  // held[i]: the minimum required gain over [i, i + window), with release smoothing (the
  // gain may drop at once, since the minimum already looks ahead, but recovers slowly).
  // The output gain is the mean of held over the window ending at i: at a peak p every
  // value averaged is <= required(p), since each window ending at p contains p.
  constexpr size_t kPiece = 4096;
  std::vector<float> piece;
  piece.reserve(kPiece);
  std::deque<size_t> minima;                // indices with increasing required gain
  std::vector<double> recent(window, 1.0);  // the last `window` held values, a ring
  double held = 1.0, sum = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = (i == 0 ? 0 : i + window - 1); j < std::min(n, i + window); ++j) {
      while (!minima.empty() && required(minima.back()) >= required(j)) minima.pop_back();
      minima.push_back(j);
    }
    while (minima.front() < i) minima.pop_front();
    held = std::min(required(minima.front()), held + (1.0 - held) * release);
    sum += held - (i >= window ? recent[i % window] : 0.0);
    recent[i % window] = held;
    const double smoothed = sum / static_cast<double>(std::min(i + 1, window));
    piece.push_back(static_cast<float>(samples_[i] * gain * smoothed));
    if (piece.size() == kPiece || i + 1 == n) {
      if (Status status = sink(piece.data(), piece.size()); !status.ok()) return status;
      piece.clear();
    }
  }
  return Status::Ok();
}

}  // namespace spoken
