#include "audio/master.h"

#include <cmath>

#include "audio/loudness.h"
#include "core/time_format.h"

namespace spoken {
namespace {

constexpr int kMaxGainPasses =
    4;  // the limiter lowers loudness a little; re-aim at most this often

double DbToLinear(double db) { return std::pow(10.0, db / 20.0); }

}  // namespace

Result<HeardAudio> MeasureEncoded(const std::vector<uint8_t>& encoded) {
  // The meter needs the rate before the first samples; the decoder knows it only on open,
  // so the meter starts with the first piece.
  std::unique_ptr<LoudnessMeter> meter;
  HeardAudio heard;
  auto rate = DecodeAudio(
      encoded,
      [&](const float* samples, size_t count) -> Status {
        heard.samples += static_cast<int64_t>(count);
        return meter->Add(samples, count);
      },
      [&](int sample_rate_hz) -> Status {
        auto created = LoudnessMeter::Create(sample_rate_hz, true);
        if (!created.ok()) return created.error();
        meter = std::move(created).value();
        return Status::Ok();
      });
  if (!rate.ok()) return rate.error();
  heard.sample_rate_hz = *rate;
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

Result<std::vector<float>> NormalizeLoudness(const std::vector<int16_t>& pcm, int sample_rate_hz,
                                             const MasterConfig& config) {
  std::vector<float> source(pcm.size());
  for (size_t i = 0; i < pcm.size(); ++i) source[i] = static_cast<float>(pcm[i] / 32768.0);

  auto before = MeasureLoudness(source, sample_rate_hz, false);
  if (!before.ok()) return before.error();
  if (!std::isfinite(before->integrated_lufs))
    return InvalidInput("the synthesized audio is silent");

  // The limiter takes a little loudness off the peaks, so aim again with the shortfall.
  // Trial gains are measured as the limiter streams; only the chosen one is kept in memory.
  const TruePeakLimiter limiter(source, sample_rate_hz, config.limiter);
  double gain_db = config.target_lufs - before->integrated_lufs;
  for (int pass = 0; pass < kMaxGainPasses; ++pass) {
    auto meter = LoudnessMeter::Create(sample_rate_hz, false);
    if (!meter.ok()) return meter.error();
    const Status measured = limiter.Apply(
        DbToLinear(gain_db),
        [&meter](const float* samples, size_t count) { return (*meter)->Add(samples, count); });
    if (!measured.ok()) return measured.error();
    const double shortfall = config.target_lufs - (*meter)->Measured().integrated_lufs;
    if (std::abs(shortfall) <= config.tolerance_lu) break;
    gain_db += shortfall;
  }
  return limiter.Apply(DbToLinear(gain_db));
}

Result<MasteredAudio> Master(const std::vector<int16_t>& pcm, int sample_rate_hz,
                             const Id3Metadata& metadata, const std::vector<Id3Chapter>& chapters,
                             const MasterConfig& config) {
  auto limited = NormalizeLoudness(pcm, sample_rate_hz, config);
  if (!limited.ok()) return limited.error();
  auto encoded = EncodeMp3(*limited, sample_rate_hz, config.mp3);
  if (!encoded.ok()) return encoded.error();
  auto tagged = TagMp3(*encoded, metadata, chapters);
  if (!tagged.ok()) return tagged.error();
  auto heard = MeasureEncoded(*tagged);  // what listeners hear
  if (!heard.ok()) return heard.error();
  if (heard->sample_rate_hz != sample_rate_hz ||
      heard->samples != static_cast<int64_t>(pcm.size())) {
    return EngineError("the MP3 does not decode to the audio encoded");
  }

  MasteredAudio out;
  out.info.bytes = tagged->size();
  out.info.duration_samples = static_cast<int64_t>(pcm.size());
  out.info.sample_rate_hz = sample_rate_hz;
  out.info.loudness_lufs = heard->loudness.integrated_lufs;
  out.info.true_peak_dbtp = heard->loudness.true_peak_dbtp;
  out.mp3 = std::move(tagged).value();
  return out;
}

}  // namespace spoken
