#include "audio/true_peak_limiter.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace spoken {
namespace {

constexpr int kPhases = 4;                   // oversampling factor, as BS.1770-4 asks below 96 kHz
constexpr int kTaps = 12;                    // taps per phase of the interpolation filter
constexpr int kBefore = kTaps / 2 - 1;       // taps before the interpolated point
constexpr int kAfter = kTaps - 1 - kBefore;  // taps after it: the filter's look-ahead
constexpr size_t kPiece = 4096;
constexpr size_t kChunk = 1024;  // input samples taken in at once before their peaks are known
constexpr int kBlockShift = 4;   // blocks of 16 samples, longer than the filter's 12 taps
constexpr int64_t kBlock = int64_t{1} << kBlockShift;

// Polyphase windowed-sinc (Hann) interpolation filter, tap by tap: lane 0 is the sample
// itself, lanes 1-3 the points 1/4, 2/4 and 3/4 of the way to the next one. Laid out so
// that the four lanes are computed side by side (the compiler vectorizes the inner loop).
using PhaseFilters = std::array<std::array<float, kPhases>, kTaps>;

PhaseFilters MakeFilters() {
  PhaseFilters filters{};
  constexpr double kPi = 3.14159265358979323846;
  filters[kBefore][0] = 1.0f;
  for (int phase = 1; phase < kPhases; ++phase) {
    const double fraction = static_cast<double>(phase) / kPhases;
    for (int tap = 0; tap < kTaps; ++tap) {
      const double t = tap - kBefore - fraction;  // distance to the interpolated point
      const double sinc = std::abs(t) < 1e-9 ? 1.0 : std::sin(kPi * t) / (kPi * t);
      const double window = 0.5 + 0.5 * std::cos(kPi * t / (kTaps / 2.0));
      filters[tap][phase] = static_cast<float>(sinc * window);
    }
  }
  return filters;
}

const PhaseFilters& Filters() {
  static const PhaseFilters filters = MakeFilters();
  return filters;
}

// No oversampled value exceeds this multiple of the largest absolute sample under the
// filter's taps (the largest sum of absolute coefficients of a phase): where even that
// stays under what matters, the filter need not run, and the result is the same.
float PeakBound() {
  static const float bound = [] {
    float largest = 0;
    for (int lane = 0; lane < kPhases; ++lane) {
      float sum = 0;
      for (int tap = 0; tap < kTaps; ++tap) sum += std::abs(Filters()[tap][lane]);
      largest = std::max(largest, sum);
    }
    return largest * 1.0001f;  // a margin for the filter's float rounding
  }();
  return bound;
}

// The oversampled peak at `i` of a signal read through `at`.
template <typename At>
float PeakAt(int64_t i, const At& at) {
  const PhaseFilters& filters = Filters();
  std::array<float, kPhases> value{};
  for (int tap = 0; tap < kTaps; ++tap) {
    const float x = at(i + tap - kBefore);
    for (int lane = 0; lane < kPhases; ++lane) value[lane] += filters[tap][lane] * x;
  }
  float peak = 0;
  for (const float v : value) peak = std::max(peak, std::abs(v));
  return peak;
}

}  // namespace

std::vector<float> OversampledPeaks(const std::vector<float>& samples) {
  const int64_t n = static_cast<int64_t>(samples.size());
  std::vector<float> peaks(samples.size());
  for (int64_t i = 0; i < n; ++i) {
    peaks[i] = PeakAt(i, [&](int64_t k) { return k >= 0 && k < n ? samples[k] : 0.0f; });
  }
  return peaks;
}

double TruePeakDbtp(const std::vector<float>& samples) {
  const int64_t n = static_cast<int64_t>(samples.size());
  auto bounded = [&](int64_t k) { return k >= 0 && k < n ? samples[k] : 0.0f; };
  auto inside = [&](int64_t k) { return samples[k]; };
  float peak = 0;
  for (int64_t first = 0; first < n; first += kBlock) {
    const int64_t last = std::min(n, first + kBlock);
    float near = 0;  // the largest sample any point of this block's filter reads
    for (int64_t k = std::max<int64_t>(0, first - kBefore); k < std::min(n, last + kAfter); ++k)
      near = std::max(near, std::abs(samples[k]));
    if (near * PeakBound() <= peak) continue;  // nothing here can be larger
    for (int64_t i = first; i < last; ++i) {
      const bool edge = i < kBefore || i + kAfter >= n;
      peak = std::max(peak, edge ? PeakAt(i, bounded) : PeakAt(i, inside));
    }
  }
  return 20.0 * std::log10(std::max(static_cast<double>(peak), 1e-10));
}

TruePeakLimiter::TruePeakLimiter(double gain, int sample_rate_hz, LimiterConfig config,
                                 FloatSink sink)
    : gain_(gain),
      ceiling_(std::pow(10.0, config.ceiling_dbtp / 20.0)),
      release_(1.0 - std::exp(-1000.0 / (config.release_ms * sample_rate_hz))),
      window_(std::max<int64_t>(
          1, static_cast<int64_t>(config.lookahead_ms * sample_rate_hz / 1000.0))),
      sink_(std::move(sink)),
      recent_(static_cast<size_t>(window_), 0.0) {
  int64_t capacity = 64;
  // The ring keeps the window, the filter's taps and a chunk of input (Add), in whole blocks.
  while (capacity < window_ + int64_t{2} * kTaps + static_cast<int64_t>(kChunk) + kBlock)
    capacity *= 2;
  ring_.assign(static_cast<size_t>(capacity), 0.0f);
  mask_ = capacity - 1;
  block_max_.assign(static_cast<size_t>(capacity >> kBlockShift), 0.0f);
  block_mask_ = (capacity >> kBlockShift) - 1;
  // At most the window, the filter's look-ahead and a chunk are known and not yet emitted.
  minima_.resize(static_cast<size_t>(capacity));
  minima_mask_ = capacity - 1;
  piece_.resize(kPiece);
}

// held(i): the minimum required gain over [i, i + window), with release smoothing (the gain
// may drop at once, since the minimum already looks ahead, but recovers slowly). The output
// gain is the mean of held over the window ending at i: at a peak p every value averaged is
// <= required(p), since each window ending at p contains p. Peaks scale with the gain.
// Sample i is emitted as soon as the peaks of [i, i + window) are known, before any later
// peak enters the minima. The state sits in locals while the loop runs, once per sample.
// Gains are carried as their distance below 1 (the deficit): the release is then one
// multiply and a max per sample, the shortest chain from one sample to the next.
Status TruePeakLimiter::Advance(int64_t until, bool to_the_end) {
  const float bound = PeakBound() * static_cast<float>(gain_);
  const auto ring_at = [this](int64_t k) { return ring_[static_cast<size_t>(k & mask_)]; };
  const double keep = 1.0 - release_, per_window = 1.0 / static_cast<double>(window_);
  int64_t head = minima_head_, tail = minima_tail_, next = recent_next_;
  double deficit = held_deficit_, sum = deficit_sum_;
  Status status = Status::Ok();
  // Step j finds peak j (before `until`) and emits sample j + 1 - window (from 0 on): so
  // emitted_ == max(0, peaks_done_ + 1 - window_) between calls.
  const int64_t last = to_the_end ? received_ + window_ - 1 : until;
  for (int64_t j = peaks_done_; j < last && status.ok(); ++j) {
    if (j < until) {
      // The ring holds zeros before the signal and, once Finish has cleared them, after it.
      const float near =
          std::max(block_max_[static_cast<size_t>(((j - kBefore) >> kBlockShift) & block_mask_)],
                   block_max_[static_cast<size_t>(((j + kAfter) >> kBlockShift) & block_mask_)]);
      double required = 0;  // the deficit under the ceiling whatever the filter gives
      if (near * bound > ceiling_) {
        const double peak = PeakAt(j, ring_at) * gain_;
        if (peak > ceiling_) required = 1.0 - ceiling_ / peak;
      }
      while (tail > head &&
             minima_[static_cast<size_t>((tail - 1) & minima_mask_)].second <= required) {
        --tail;
      }
      minima_[static_cast<size_t>(tail++ & minima_mask_)] = {j, required};
      peaks_done_ = j + 1;
    }
    const int64_t i = j + 1 - window_;
    if (i < 0) continue;
    while (minima_[static_cast<size_t>(head & minima_mask_)].first < i) ++head;
    deficit = std::max(minima_[static_cast<size_t>(head & minima_mask_)].second, deficit * keep);
    double& slot = recent_[static_cast<size_t>(next)];
    if (++next == window_) next = 0;
    sum += deficit - slot;
    slot = deficit;
    const double smoothed =
        1.0 - (i >= window_ ? sum * per_window : sum / static_cast<double>(i + 1));
    const float input = i < received_ ? ring_[static_cast<size_t>(i & mask_)] : 0.0f;
    piece_[piece_size_++] = static_cast<float>(input * gain_ * smoothed);
    emitted_ = i + 1;
    if (piece_size_ == kPiece) status = Flush();
  }
  minima_head_ = head;
  minima_tail_ = tail;
  recent_next_ = next;
  held_deficit_ = deficit;
  deficit_sum_ = sum;
  return status;
}

Status TruePeakLimiter::Flush() {
  if (piece_size_ == 0) return Status::Ok();
  Status status = sink_(piece_.data(), piece_size_);
  piece_size_ = 0;
  return status;
}

Status TruePeakLimiter::Add(const float* samples, size_t count) {
  for (size_t done = 0; done < count; done += kChunk) {
    const size_t n = std::min(kChunk, count - done);
    for (size_t s = done; s < done + n; ++s) {
      const int64_t k = received_++;
      ring_[static_cast<size_t>(k & mask_)] = samples[s];
      float& block = block_max_[static_cast<size_t>((k >> kBlockShift) & block_mask_)];
      block = (k & ((1 << kBlockShift) - 1)) == 0 ? std::abs(samples[s])
                                                  : std::max(block, std::abs(samples[s]));
    }
    if (Status status = Advance(received_ - kAfter, false); !status.ok()) return status;
  }
  return Status::Ok();
}

Status TruePeakLimiter::Add(const int16_t* samples, size_t count) {
  float converted[kPiece];
  for (size_t done = 0; done < count; done += kPiece) {
    const size_t n = std::min(kPiece, count - done);
    for (size_t s = 0; s < n; ++s) converted[s] = static_cast<float>(samples[done + s] / 32768.0);
    if (Status status = Add(converted, n); !status.ok()) return status;
  }
  return Status::Ok();
}

Status TruePeakLimiter::Finish() {
  for (int64_t k = received_; k <= received_ + kAfter; ++k)
    ring_[static_cast<size_t>(k & mask_)] = 0;
  // The filter's last taps read zeros past the end.
  if (Status status = Advance(received_, true); !status.ok()) return status;
  return Flush();
}

}  // namespace spoken
