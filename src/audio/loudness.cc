#include "audio/loudness.h"

#include <ebur128.h>

#include <cmath>
#include <memory>

namespace spoken {
namespace {

struct Ebur128Closer {
  void operator()(ebur128_state* state) const { ebur128_destroy(&state); }
};
using Ebur128State = std::unique_ptr<ebur128_state, Ebur128Closer>;

}  // namespace

Result<Loudness> MeasureLoudness(const std::vector<float>& samples, int sample_rate_hz,
                                 bool with_true_peak) {
  const int mode = EBUR128_MODE_I | (with_true_peak ? EBUR128_MODE_TRUE_PEAK : 0);
  Ebur128State state(ebur128_init(1, static_cast<unsigned long>(sample_rate_hz), mode));
  if (!state) return EngineError("libebur128 could not start a measurement");
  ebur128_set_channel(state.get(), 0, EBUR128_DUAL_MONO);
  if (ebur128_add_frames_float(state.get(), samples.data(), samples.size()) != EBUR128_SUCCESS) {
    return EngineError("libebur128 refused the audio");
  }
  Loudness loudness;
  ebur128_loudness_global(state.get(), &loudness.integrated_lufs);
  if (with_true_peak) {
    double peak = 0;
    ebur128_true_peak(state.get(), 0, &peak);
    loudness.true_peak_dbtp = 20.0 * std::log10(std::max(peak, 1e-10));
  }
  return loudness;
}

}  // namespace spoken
