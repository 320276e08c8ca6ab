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

// The release and the window's mean, carried from one emitted sample to the next.
struct Release {
  double deficit;  // held, as its distance below 1
  double sum;      // of the last `window` held deficits
  int64_t next;    // the slot of `recent` the next sample takes
};

// What stays fixed while samples are emitted.
struct Emission {
  double keep, per_window, gain;
  int64_t window, mask;
  const float* ring;  // the input, indexed by position & mask
  double* recent;     // the last `window` held deficits, a ring
};

// Emits samples [first, stop) into `out`: held is the larger of `largest` and the last held
// times `keep`. Not inlined: in the caller, GCC keeps the state in memory across the loop.
[[gnu::noinline]] Release EmitStretch(const Emission& e, Release r, int64_t first, int64_t stop,
                                      double largest, float* out) {
  for (int64_t i = first; i < stop; ++i) {
    r.deficit = std::max(largest, r.deficit * e.keep);
    double& slot = e.recent[r.next];
    if (++r.next == e.window) r.next = 0;
    r.sum += r.deficit - slot;
    slot = r.deficit;
    const double smoothed =
        1.0 - (i >= e.window ? r.sum * e.per_window : r.sum / static_cast<double>(i + 1));
    *out++ = static_cast<float>(e.ring[i & e.mask] * e.gain * smoothed);
  }
  return r;
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
  // Each block's largest absolute sample; the largest of all is where the peak starts, as
  // every sample is one of the oversampled points.
  const int64_t blocks = (n + kBlock - 1) / kBlock;
  std::vector<float> block_max(static_cast<size_t>(blocks), 0.0f);
  float peak = 0;
  for (int64_t b = 0; b < blocks; ++b) {
    float largest = 0;
    for (int64_t k = b * kBlock; k < std::min(n, (b + 1) * kBlock); ++k)
      largest = std::max(largest, std::abs(samples[k]));
    block_max[static_cast<size_t>(b)] = largest;
    peak = std::max(peak, largest);
  }
  for (int64_t b = 0; b < blocks; ++b) {
    // The taps of a block's samples reach no further than the blocks either side.
    float near = block_max[static_cast<size_t>(b)];
    if (b > 0) near = std::max(near, block_max[static_cast<size_t>(b - 1)]);
    if (b + 1 < blocks) near = std::max(near, block_max[static_cast<size_t>(b + 1)]);
    if (near * PeakBound() <= peak) continue;  // nothing here can be larger
    for (int64_t i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i) {
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
  found_.resize(static_cast<size_t>(capacity));
  minima_.resize(static_cast<size_t>(capacity));
  entries_mask_ = capacity - 1;
  piece_.resize(kPiece);
}

// held(i): the largest required deficit over [i, i + window), with release smoothing (the
// deficit may rise at once, since the window already looks ahead, but falls slowly: gains
// are carried as their distance below 1, so the release is one multiply and a max per
// sample). The output gain is 1 - the mean of held over the window ending at i: at a peak
// p every value averaged is >= required(p), since each window ending at p contains p.
// Peaks scale with the gain. Sample i is emitted as soon as the peaks of [i, i + window)
// are known.
Status TruePeakLimiter::Advance(int64_t until, bool to_the_end) {
  FindPeaks(until);
  return Emit((to_the_end ? received_ + window_ - 1 : until) + 1 - window_);
}

void TruePeakLimiter::FindPeaks(int64_t until) {
  const float bound = PeakBound() * static_cast<float>(gain_);
  const auto ring_at = [this](int64_t k) { return ring_[static_cast<size_t>(k & mask_)]; };
  const auto block_max = [this](int64_t block) {
    return block_max_[static_cast<size_t>(block & block_mask_)];
  };
  for (int64_t j = peaks_done_; j < until;) {
    // The taps of a block's samples reach no further than the blocks either side.
    const int64_t block = j >> kBlockShift;
    const int64_t block_end = std::min(until, (block + 1) << kBlockShift);
    const float block_near =
        std::max({block_max(block - 1), block_max(block), block_max(block + 1)});
    if (block_near * bound <= ceiling_) {
      j = block_end;
      continue;
    }
    for (; j < block_end; ++j) {
      // The ring holds zeros before the signal and, once Finish has cleared them, after it.
      const float near =
          std::max(block_max((j - kBefore) >> kBlockShift), block_max((j + kAfter) >> kBlockShift));
      if (near * bound <= ceiling_) continue;  // under the ceiling whatever the filter gives
      const double peak = PeakAt(j, ring_at) * gain_;
      if (peak > ceiling_) {
        found_[static_cast<size_t>(found_tail_++ & entries_mask_)] = {j, 1.0 - ceiling_ / peak};
      }
    }
  }
  peaks_done_ = std::max(peaks_done_, until);
}

// Where no found peak is in reach of a stretch of samples, held only decays, and the stretch
// runs without the queue.
Status TruePeakLimiter::Emit(int64_t end) {
  const Emission emission{.keep = 1.0 - release_,
                          .per_window = 1.0 / static_cast<double>(window_),
                          .gain = gain_,
                          .window = window_,
                          .mask = mask_,
                          .ring = ring_.data(),
                          .recent = recent_.data()};
  Release release{.deficit = held_deficit_, .sum = deficit_sum_, .next = recent_next_};
  const auto entry = [this](std::vector<std::pair<int64_t, double>>& entries,
                            int64_t k) -> std::pair<int64_t, double>& {
    return entries[static_cast<size_t>(k & entries_mask_)];
  };
  Status status = Status::Ok();
  for (int64_t i = emitted_; i < end && status.ok();) {
    // The window of sample i reaches the found peaks up to i + window - 1.
    for (; found_head_ < found_tail_ && entry(found_, found_head_).first < i + window_;
         ++found_head_) {
      const auto& peak = entry(found_, found_head_);
      while (minima_tail_ > minima_head_ && entry(minima_, minima_tail_ - 1).second <= peak.second)
        --minima_tail_;
      entry(minima_, minima_tail_++) = peak;
    }
    while (minima_head_ < minima_tail_ && entry(minima_, minima_head_).first < i) ++minima_head_;
    // One sample, or a stretch with no peak in reach (the largest deficit required is 0).
    int64_t stop = i + 1;
    if (minima_head_ == minima_tail_) {
      stop = std::min(end, i + static_cast<int64_t>(kPiece - piece_size_));
      if (found_head_ < found_tail_)
        stop = std::min(stop, entry(found_, found_head_).first + 1 - window_);
    }
    const double largest = minima_head_ < minima_tail_ ? entry(minima_, minima_head_).second : 0.0;
    release = EmitStretch(emission, release, i, stop, largest, piece_.data() + piece_size_);
    piece_size_ += static_cast<size_t>(stop - i);
    emitted_ = i = stop;
    if (piece_size_ == kPiece) status = Flush();
  }
  recent_next_ = release.next;
  held_deficit_ = release.deficit;
  deficit_sum_ = release.sum;
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
    const int64_t first = received_, n = static_cast<int64_t>(std::min(kChunk, count - done));
    for (int64_t k = 0; k < n; ++k)
      ring_[static_cast<size_t>((first + k) & mask_)] = samples[done + k];
    received_ += n;
    // Each block's largest absolute sample so far, starting afresh at its first sample.
    for (int64_t start = first; start < received_;) {
      const int64_t block = start >> kBlockShift;
      const int64_t stop = std::min(received_, (block + 1) << kBlockShift);
      float& largest = block_max_[static_cast<size_t>(block & block_mask_)];
      float m = start == block << kBlockShift ? 0.0f : largest;
      for (int64_t k = start; k < stop; ++k)
        m = std::max(m, std::abs(ring_[static_cast<size_t>(k & mask_)]));
      largest = m;
      start = stop;
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
