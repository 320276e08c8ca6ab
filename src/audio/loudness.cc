#include "audio/loudness.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace spoken {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kAbsoluteGateLufs = -70.0;
constexpr double kRelativeGateLu = -10.0;
constexpr double kBinLu = 0.05;
constexpr double kDualMono = 2.0;  // a mono channel's weight when it plays on both speakers

double EnergyToLufs(double energy) { return -0.691 + 10.0 * std::log10(energy); }
double LufsToEnergy(double lufs) { return std::pow(10.0, (lufs + 0.691) / 10.0); }

// State this small decays into subnormal numbers in long silences, which are slow.
void FlushTiny(double& state) {
  if (std::abs(state) < 1e-30) state = 0;
}

}  // namespace

LoudnessMeter::LoudnessMeter(int sample_rate_hz)
    // 100 ms rounded as libebur128 rounds it, so both cut the same blocks.
    : step_samples_((sample_rate_hz + 5) / 10) {
  // BS.1770's two K-weighting stages, from their analogue prototypes by the bilinear
  // transform (so they match the standard's 48 kHz coefficients and follow the rate):
  // a high shelf of +4 dB above about 1.7 kHz, then a high pass at about 38 Hz.
  const double rate = sample_rate_hz;
  {
    const double f0 = 1681.974450955533, gain_db = 3.999843853973347, q = 0.7071752369554196;
    const double k = std::tan(kPi * f0 / rate);
    const double vh = std::pow(10.0, gain_db / 20.0);
    const double vb = std::pow(vh, 0.4996667741545416);
    const double a0 = 1.0 + k / q + k * k;
    shelf_ = {.b0 = (vh + vb * k / q + k * k) / a0,
              .b1 = 2.0 * (k * k - vh) / a0,
              .b2 = (vh - vb * k / q + k * k) / a0,
              .a1 = 2.0 * (k * k - 1.0) / a0,
              .a2 = (1.0 - k / q + k * k) / a0};
  }
  {
    const double f0 = 38.13547087602444, q = 0.5003270373238773;
    const double k = std::tan(kPi * f0 / rate);
    const double a0 = 1.0 + k / q + k * k;
    high_pass_ = {.b0 = 1.0,
                  .b1 = -2.0,
                  .b2 = 1.0,
                  .a1 = 2.0 * (k * k - 1.0) / a0,
                  .a2 = (1.0 - k / q + k * k) / a0};
  }
}

void LoudnessMeter::Add(const float* samples, size_t count) { AddScaled(samples, count, 1.0); }

void LoudnessMeter::Add(const int16_t* samples, size_t count) {
  AddScaled(samples, count, 1.0 / 32768.0);
}

template <typename Sample>
void LoudnessMeter::AddScaled(const Sample* samples, size_t count, double scale) {
  while (count > 0) {
    const auto n = static_cast<size_t>(
        std::min<int64_t>(static_cast<int64_t>(count), step_samples_ - in_step_));
    // The filters' state in locals, so the loop keeps it in registers.
    Biquad shelf = shelf_, high_pass = high_pass_;
    double energy = 0;
    for (size_t i = 0; i < n; ++i) {
      const double x = samples[i] * scale;
      const double y = shelf.b0 * x + shelf.b1 * shelf.x1 + shelf.b2 * shelf.x2 -
                       shelf.a2 * shelf.y2 - shelf.a1 * shelf.y1;
      shelf.x2 = shelf.x1;
      shelf.x1 = x;
      shelf.y2 = shelf.y1;
      shelf.y1 = y;
      // The high pass's numerator is 1, -2, 1: the same sums without three multiplies.
      const double z = y - 2.0 * high_pass.x1 + high_pass.x2 - high_pass.a2 * high_pass.y2 -
                       high_pass.a1 * high_pass.y1;
      high_pass.x2 = high_pass.x1;
      high_pass.x1 = y;
      high_pass.y2 = high_pass.y1;
      high_pass.y1 = z;
      energy += z * z;
    }
    shelf_ = shelf;
    high_pass_ = high_pass;
    step_energy_ += energy;
    in_step_ += static_cast<int64_t>(n);
    samples += n;
    count -= n;
    if (in_step_ == step_samples_) EndStep();
  }
}

void LoudnessMeter::EndStep() {
  for (Biquad* stage : {&shelf_, &high_pass_}) {
    for (double* state : {&stage->x1, &stage->x2, &stage->y1, &stage->y2}) FlushTiny(*state);
  }
  // Each step ends a 400 ms block of it and the three before, once there are three.
  if (++steps_ >= 4) {
    const double block_energy = kDualMono *
                                (last_steps_[0] + last_steps_[1] + last_steps_[2] + step_energy_) /
                                static_cast<double>(4 * step_samples_);
    const double lufs = EnergyToLufs(block_energy);
    if (lufs > kAbsoluteGateLufs) {
      const int bin = std::min(kBins - 1, static_cast<int>((lufs - kAbsoluteGateLufs) / kBinLu));
      ++block_counts_[bin];
      block_energies_[bin] += block_energy;
    }
  }
  last_steps_ = {last_steps_[1], last_steps_[2], step_energy_};
  step_energy_ = 0;
  in_step_ = 0;
}

double LoudnessMeter::IntegratedLufs() const { return IntegratedOf({this}); }

double LoudnessMeter::IntegratedOf(const std::vector<const LoudnessMeter*>& meters) {
  std::array<int64_t, kBins> counts{};
  std::array<double, kBins> energies{};
  for (const LoudnessMeter* meter : meters) {
    for (int bin = 0; bin < kBins; ++bin) {
      counts[bin] += meter->block_counts_[bin];
      energies[bin] += meter->block_energies_[bin];
    }
  }
  // The blocks above the absolute gate set the relative gate; the blocks above both count.
  int64_t count = 0;
  double energy = 0;
  for (int bin = 0; bin < kBins; ++bin) {
    count += counts[bin];
    energy += energies[bin];
  }
  if (count == 0) return -std::numeric_limits<double>::infinity();
  const double gate =
      LufsToEnergy(EnergyToLufs(energy / static_cast<double>(count)) + kRelativeGateLu);
  count = 0;
  energy = 0;
  for (int bin = 0; bin < kBins; ++bin) {
    if (counts[bin] == 0 || energies[bin] / static_cast<double>(counts[bin]) <= gate) continue;
    count += counts[bin];
    energy += energies[bin];
  }
  if (count == 0) return -std::numeric_limits<double>::infinity();
  return EnergyToLufs(energy / static_cast<double>(count));
}

double IntegratedLoudness(const std::vector<float>& samples, int sample_rate_hz) {
  LoudnessMeter meter(sample_rate_hz);
  meter.Add(samples.data(), samples.size());
  return meter.IntegratedLufs();
}

}  // namespace spoken
