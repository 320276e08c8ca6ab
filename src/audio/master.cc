#include "audio/master.h"

#include <cmath>
#include <filesystem>

#include "audio/loudness.h"
#include "audio/pipelined.h"
#include "core/time_format.h"

namespace spoken {
namespace {

constexpr int kMaxGainPasses =
    4;  // the limiter lowers loudness a little; re-aim at most this often

double DbToLinear(double db) { return std::pow(10.0, db / 20.0); }

}  // namespace

Result<HeardAudio> MeasureEncodedFile(const std::string& path) {
  // Decoding and measuring overlap on two threads. The meter needs the rate before the
  // first samples; the decoder knows it only on open, so it starts the meter then.
  std::unique_ptr<LoudnessMeter> meter;
  HeardAudio heard;
  const Status status = RunPipelined(
      [&](const FloatSink& sink) -> Status {
        auto rate = DecodeAudioFile(path, sink, [&](int sample_rate_hz) -> Status {
          auto created = LoudnessMeter::Create(sample_rate_hz, true);
          if (!created.ok()) return created.error();
          meter = std::move(created).value();
          heard.sample_rate_hz = sample_rate_hz;
          return Status::Ok();
        });
        return rate.status();
      },
      [&](const float* samples, size_t count) -> Status {
        heard.samples += static_cast<int64_t>(count);
        return meter->Add(samples, count);
      });
  if (!status.ok()) return status.error();
  if (!meter) return EngineError("libsndfile could not open " + path);
  heard.loudness = meter->Measured();
  return heard;
}

std::vector<Id3Chapter> ChaptersOf(const Script& script, const Timeline& timeline) {
  std::vector<Id3Chapter> chapters;
  for (size_t i = 0; i < script.sections.size() && i < timeline.sections.size(); ++i) {
    chapters.push_back({script.sections[i].title,
                        SamplesToMs(timeline.sections[i].start_sample, timeline.sample_rate_hz),
                        SamplesToMs(timeline.sections[i].end_sample, timeline.sample_rate_hz)});
  }
  return chapters;
}

Status ApplyGain(const PcmReplay& pcm, int sample_rate_hz, double gain_db,
                 const LimiterConfig& limiter_config, const FloatSink& sink) {
  // The replay and the limiter on one core, whatever takes the result on the other.
  return RunPipelined(
      [&](const FloatSink& limited) {
        TruePeakLimiter limiter(DbToLinear(gain_db), sample_rate_hz, limiter_config, limited);
        if (Status status = pcm([&limiter](const int16_t* samples, size_t count) {
              return limiter.Add(samples, count);
            });
            !status.ok()) {
          return status;
        }
        return limiter.Finish();
      },
      sink);
}

Result<double> FindGain(const MasterInput& input, const MasterConfig& config) {
  if (!std::isfinite(input.integrated_lufs)) return InvalidInput("the synthesized audio is silent");
  double gain_db = config.target_lufs - input.integrated_lufs;
  for (int pass = 0; pass < kMaxGainPasses; ++pass) {
    auto meter = LoudnessMeter::Create(input.sample_rate_hz, false);
    if (!meter.ok()) return meter.error();
    const Status measured = ApplyGain(
        input.pcm, input.sample_rate_hz, gain_db, config.limiter,
        [&meter](const float* samples, size_t count) { return (*meter)->Add(samples, count); });
    if (!measured.ok()) return measured.error();
    const double shortfall = config.target_lufs - (*meter)->Measured().integrated_lufs;
    if (std::abs(shortfall) <= config.tolerance_lu) break;
    gain_db += shortfall;
  }
  return gain_db;
}

Result<std::vector<float>> NormalizeLoudness(const std::vector<int16_t>& pcm, int sample_rate_hz,
                                             const MasterConfig& config) {
  auto meter = LoudnessMeter::Create(sample_rate_hz, false);
  if (!meter.ok()) return meter.error();
  if (Status status = (*meter)->Add(pcm.data(), pcm.size()); !status.ok()) return status.error();
  const MasterInput input{
      .pcm = [&pcm](const PcmSink& sink) { return sink(pcm.data(), pcm.size()); },
      .samples = static_cast<int64_t>(pcm.size()),
      .sample_rate_hz = sample_rate_hz,
      .integrated_lufs = (*meter)->Measured().integrated_lufs};
  auto gain_db = FindGain(input, config);
  if (!gain_db.ok()) return gain_db.error();
  std::vector<float> out;
  out.reserve(pcm.size());
  const Status status = ApplyGain(input.pcm, sample_rate_hz, *gain_db, config.limiter,
                                  [&out](const float* samples, size_t count) {
                                    out.insert(out.end(), samples, samples + count);
                                    return Status::Ok();
                                  });
  if (!status.ok()) return status.error();
  return out;
}

Result<AudioInfo> Master(const MasterInput& input, const Id3Metadata& metadata,
                         const std::vector<Id3Chapter>& chapters, const MasterConfig& config,
                         const std::string& mp3_path, const MasterProgress& progress) {
  progress("mastering");
  auto gain_db = FindGain(input, config);
  if (!gain_db.ok()) return gain_db.error();

  progress("encoding");
  {
    auto mp3 = Mp3FileWriter::Open(mp3_path, input.sample_rate_hz, config.mp3);
    if (!mp3.ok()) return mp3.error();
    Status status = ApplyGain(
        input.pcm, input.sample_rate_hz, *gain_db, config.limiter,
        [&mp3](const float* samples, size_t count) { return (*mp3)->Write(samples, count); });
    if (status.ok()) status = (*mp3)->Close();
    if (!status.ok()) return status.error();
  }
  if (Status status = TagMp3File(mp3_path, metadata, chapters); !status.ok()) {
    return status.error();
  }

  progress("measuring");
  auto heard = MeasureEncodedFile(mp3_path);  // what listeners hear
  if (!heard.ok()) return heard.error();
  if (heard->sample_rate_hz != input.sample_rate_hz || heard->samples != input.samples) {
    return EngineError("the MP3 does not decode to the audio encoded");
  }
  std::error_code error;
  const auto bytes = std::filesystem::file_size(mp3_path, error);
  if (error) return IoError("cannot read the size of " + mp3_path + ": " + error.message());

  AudioInfo info;
  info.bytes = static_cast<uint64_t>(bytes);
  info.duration_samples = input.samples;
  info.sample_rate_hz = input.sample_rate_hz;
  info.loudness_lufs = heard->loudness.integrated_lufs;
  info.true_peak_dbtp = heard->loudness.true_peak_dbtp;
  return info;
}

}  // namespace spoken
