#include "audio/loudness.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace spoken {

struct LoudnessMeter::State {
  explicit State(ebur128_state* h) : handle(h) {}
  ~State() { ebur128_destroy(&handle); }
  State(const State&) = delete;
  State& operator=(const State&) = delete;
  ebur128_state* handle;
};

LoudnessMeter::LoudnessMeter(std::unique_ptr<State> state, bool with_true_peak)
    : state_(std::move(state)), with_true_peak_(with_true_peak) {}

LoudnessMeter::~LoudnessMeter() = default;

Result<std::unique_ptr<LoudnessMeter>> LoudnessMeter::Create(int sample_rate_hz,
                                                             bool with_true_peak) {
  // Histogram mode keeps the gating blocks' energies in a fixed table, not a list that grows
  // with the length, in bins of 0.1 LU, well inside the tolerances.
  const int mode =
      EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM | (with_true_peak ? EBUR128_MODE_TRUE_PEAK : 0);
  ebur128_state* state = ebur128_init(1, static_cast<unsigned long>(sample_rate_hz), mode);
  if (state == nullptr) return EngineError("libebur128 could not start a measurement");
  ebur128_set_channel(state, 0, EBUR128_DUAL_MONO);
  return std::unique_ptr<LoudnessMeter>(
      new LoudnessMeter(std::make_unique<State>(state), with_true_peak));
}

Status LoudnessMeter::Add(const float* samples, size_t count) {
  if (ebur128_add_frames_float(state_->handle, samples, count) != EBUR128_SUCCESS) {
    return EngineError("libebur128 refused the audio");
  }
  return Status::Ok();
}

Status LoudnessMeter::Add(const int16_t* samples, size_t count) {
  if (ebur128_add_frames_short(state_->handle, samples, count) != EBUR128_SUCCESS) {
    return EngineError("libebur128 refused the audio");
  }
  return Status::Ok();
}

Loudness LoudnessMeter::Measured() const {
  Loudness loudness;
  ebur128_loudness_global(state_->handle, &loudness.integrated_lufs);
  if (with_true_peak_) {
    double peak = 0;
    ebur128_true_peak(state_->handle, 0, &peak);
    loudness.true_peak_dbtp = 20.0 * std::log10(std::max(peak, 1e-10));
  }
  return loudness;
}

double LoudnessMeter::IntegratedOf(const std::vector<const LoudnessMeter*>& meters) {
  std::vector<ebur128_state*> states;
  for (const LoudnessMeter* meter : meters) states.push_back(meter->state_->handle);
  double lufs = -std::numeric_limits<double>::infinity();
  if (!states.empty()) ebur128_loudness_global_multiple(states.data(), states.size(), &lufs);
  return lufs;
}

Result<Loudness> MeasureLoudness(const std::vector<float>& samples, int sample_rate_hz,
                                 bool with_true_peak) {
  auto meter = LoudnessMeter::Create(sample_rate_hz, with_true_peak);
  if (!meter.ok()) return meter.error();
  if (Status status = (*meter)->Add(samples.data(), samples.size()); !status.ok()) {
    return status.error();
  }
  return (*meter)->Measured();
}

}  // namespace spoken
