#include "audio/reference_meter.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "audio/audio_codec.h"
#include "audio/pipelined.h"

namespace spoken {
namespace {

struct Ebur128Closer {
  void operator()(ebur128_state* state) const { ebur128_destroy(&state); }
};
using Ebur128Handle = std::unique_ptr<ebur128_state, Ebur128Closer>;

Result<Ebur128Handle> StartMeasurement(int sample_rate_hz) {
  // Histogram mode keeps the gating blocks' energies in a fixed table, not a list that
  // grows with the length, in bins of 0.1 LU, well inside the tolerances.
  Ebur128Handle state(
      ebur128_init(1, static_cast<unsigned long>(sample_rate_hz),
                   EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM | EBUR128_MODE_TRUE_PEAK));
  if (!state) return EngineError("libebur128 could not start a measurement");
  ebur128_set_channel(state.get(), 0, EBUR128_DUAL_MONO);
  return state;
}

Status AddTo(ebur128_state* state, const float* samples, size_t count) {
  if (ebur128_add_frames_float(state, samples, count) != EBUR128_SUCCESS) {
    return EngineError("libebur128 refused the audio");
  }
  return Status::Ok();
}

Loudness Measured(ebur128_state* state) {
  Loudness loudness;
  ebur128_loudness_global(state, &loudness.integrated_lufs);
  double peak = 0;
  ebur128_true_peak(state, 0, &peak);
  loudness.true_peak_dbtp = 20.0 * std::log10(std::max(peak, 1e-10));
  return loudness;
}

}  // namespace

Result<Loudness> ReferenceLoudness(const std::vector<float>& samples, int sample_rate_hz) {
  auto state = StartMeasurement(sample_rate_hz);
  if (!state.ok()) return state.error();
  if (Status status = AddTo(state->get(), samples.data(), samples.size()); !status.ok()) {
    return status.error();
  }
  return Measured(state->get());
}

Result<HeardAudio> MeasureEncodedFile(const std::string& path) {
  // Decoding and measuring overlap on two threads. The meter needs the rate before the
  // first samples; the decoder knows it only on open, so it starts the meter then.
  Ebur128Handle state;
  HeardAudio heard;
  const Status status = RunPipelined(
      [&](const FloatSink& sink) -> Status {
        auto rate = DecodeAudioFile(path, sink, [&](int sample_rate_hz) -> Status {
          auto started = StartMeasurement(sample_rate_hz);
          if (!started.ok()) return started.error();
          state = std::move(started).value();
          heard.sample_rate_hz = sample_rate_hz;
          return Status::Ok();
        });
        return rate.status();
      },
      [&](const float* samples, size_t count) -> Status {
        heard.samples += static_cast<int64_t>(count);
        return AddTo(state.get(), samples, count);
      });
  if (!status.ok()) return status.error();
  if (!state) return EngineError("libsndfile could not open " + path);
  heard.loudness = Measured(state.get());
  return heard;
}

}  // namespace spoken
