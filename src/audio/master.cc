#include "audio/master.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <memory>

#include "audio/loudness.h"
#include "audio/mp3_join.h"
#include "core/in_order.h"
#include "core/time_format.h"

namespace spoken {
namespace {

constexpr int kMaxEncodings = 3;  // re-aimed when the encoded loudness is off, at most so often

double DbToLinear(double db) { return std::pow(10.0, db / 20.0); }

}  // namespace

std::vector<Id3Chapter> ChaptersOf(const Script& script, const Timeline& timeline) {
  std::vector<Id3Chapter> chapters;
  for (size_t i = 0; i < script.sections.size() && i < timeline.sections.size(); ++i) {
    chapters.push_back({script.sections[i].title,
                        SamplesToMs(timeline.sections[i].start_sample, timeline.sample_rate_hz),
                        SamplesToMs(timeline.sections[i].end_sample, timeline.sample_rate_hz)});
  }
  return chapters;
}

namespace {

// Samples `segment` of `pcm` * `gain_db`, true-peak limited, into `out` (replacing what it
// held; a segment is seconds long).
Status LimitSegment(const PcmReplay& pcm, const Segment& segment, int sample_rate_hz,
                    double gain_db, const LimiterConfig& limiter_config, std::vector<float>& out) {
  out.clear();
  out.reserve(static_cast<size_t>(segment.size()));
  TruePeakLimiter limiter(DbToLinear(gain_db), sample_rate_hz, limiter_config,
                          [&out](const float* samples, size_t count) {
                            out.insert(out.end(), samples, samples + count);
                            return Status::Ok();
                          });
  Status status =
      pcm(segment.start, segment.size(),
          [&limiter](const int16_t* samples, size_t count) { return limiter.Add(samples, count); });
  if (status.ok()) status = limiter.Finish();
  return status;
}

}  // namespace

namespace {

constexpr double kLeastLuPerDb = 0.05;  // a bound on the slope AimGain measures
constexpr int kMaxAimPasses = 8;        // over the sample, each a fraction of an encoding

// The loudness of `sample` limited at `gain_db` and, with `with_raw`, as it is:
// {limited, raw}, each as if the segments were one signal (LoudnessMeter::IntegratedOf).
Result<std::pair<double, double>> SampleLoudness(const MasterInput& input,
                                                 const std::vector<Segment>& sample, double gain_db,
                                                 bool with_raw, const LimiterConfig& limiter_config,
                                                 int workers) {
  struct Meters {
    std::unique_ptr<LoudnessMeter> limited, raw;
  };
  std::vector<Meters> measured;
  const Status status = MapInOrder<Meters>(
      sample.size(), workers,
      [&](size_t k) -> Result<Meters> {
        Meters meters{
            .limited = std::make_unique<LoudnessMeter>(input.sample_rate_hz),
            .raw = with_raw ? std::make_unique<LoudnessMeter>(input.sample_rate_hz) : nullptr};
        TruePeakLimiter limiter(DbToLinear(gain_db), input.sample_rate_hz, limiter_config,
                                [&meters](const float* samples, size_t count) {
                                  meters.limited->Add(samples, count);
                                  return Status::Ok();
                                });
        Status added = input.pcm(sample[k].start, sample[k].size(),
                                 [&](const int16_t* samples, size_t count) -> Status {
                                   if (meters.raw) meters.raw->Add(samples, count);
                                   return limiter.Add(samples, count);
                                 });
        if (added.ok()) added = limiter.Finish();
        if (!added.ok()) return added.error();
        return meters;
      },
      [&measured](size_t, Meters&& meters) {
        measured.push_back(std::move(meters));
        return Status::Ok();
      });
  if (!status.ok()) return status.error();
  std::vector<const LoudnessMeter*> limited, raw;
  for (const Meters& meters : measured) {
    limited.push_back(meters.limited.get());
    if (meters.raw) raw.push_back(meters.raw.get());
  }
  return std::pair{LoudnessMeter::IntegratedOf(limited), LoudnessMeter::IntegratedOf(raw)};
}

}  // namespace

Result<GainAim> AimGain(const MasterInput& input, const std::vector<Segment>& sample,
                        const MasterConfig& config, int workers) {
  const auto silent = [] { return InvalidInput("the synthesized audio is silent"); };
  if (!std::isfinite(input.integrated_lufs)) return silent();
  // The whole is taken to rise over its raw loudness as the sample does: at gain g it
  // measures input.integrated_lufs + sample(g) - sample_raw.
  const double low_db = config.target_lufs - input.integrated_lufs;
  auto low = SampleLoudness(input, sample, low_db, true, config.limiter, workers);
  if (!low.ok()) return low.error();
  const auto [low_lufs, raw_lufs] = *low;
  if (!std::isfinite(low_lufs) || !std::isfinite(raw_lufs)) return silent();
  // At low_db the whole would be at the target but for the limiter's share, which grows
  // with the gain: each further pass limits the sample at a gain aimed by the secant
  // through the last two, until the whole's estimate is close to the target.
  GainAim aim{.gain_db = low_db + (raw_lufs + low_db - low_lufs)};
  double last_db = low_db, last_lufs = low_lufs;
  for (int pass = 1; pass < kMaxAimPasses; ++pass) {
    if (std::abs(aim.gain_db - last_db) * aim.lu_per_db <= config.tolerance_lu / 4) break;
    auto at = SampleLoudness(input, sample, aim.gain_db, false, config.limiter, workers);
    if (!at.ok()) return at.error();
    aim.lu_per_db =
        std::clamp((at->first - last_lufs) / (aim.gain_db - last_db), kLeastLuPerDb, 1.0);
    const double shortfall = config.target_lufs - (input.integrated_lufs + at->first - raw_lufs);
    last_db = aim.gain_db;
    last_lufs = at->first;
    aim.gain_db += shortfall / aim.lu_per_db;
  }
  return aim;
}

Result<std::vector<float>> NormalizeLoudness(const std::vector<int16_t>& pcm, int sample_rate_hz,
                                             const MasterConfig& config) {
  LoudnessMeter meter(sample_rate_hz);
  meter.Add(pcm.data(), pcm.size());
  const MasterInput input{.pcm =
                              [&pcm](int64_t first, int64_t count, const PcmSink& sink) {
                                return sink(pcm.data() + first, static_cast<size_t>(count));
                              },
                          .samples = static_cast<int64_t>(pcm.size()),
                          .sample_rate_hz = sample_rate_hz,
                          .integrated_lufs = meter.IntegratedLufs()};
  const std::vector<Segment> whole = {{0, input.samples}};
  auto aim = AimGain(input, whole, config, 1);
  if (!aim.ok()) return aim.error();
  std::vector<float> limited;
  if (Status status =
          LimitSegment(input.pcm, whole[0], sample_rate_hz, aim->gain_db, config.limiter, limited);
      !status.ok()) {
    return status.error();
  }
  return limited;
}

namespace {

// One segment mastered, encoded, and decoded again as a listener's player decodes it.
struct EncodedSegment {
  std::vector<uint8_t> mp3;
  std::vector<float> heard;
  double true_peak_dbtp = 0;
};

Result<EncodedSegment> EncodeSegment(const MasterInput& input, const Segment& segment,
                                     double gain_db, const MasterConfig& config) {
  // Kept by each encoding thread from one segment to the next, so its pages are not faulted
  // in afresh every 30 s of audio.
  thread_local std::vector<float> limited;
  if (Status status =
          LimitSegment(input.pcm, segment, input.sample_rate_hz, gain_db, config.limiter, limited);
      !status.ok()) {
    return status.error();
  }
  EncodedSegment out;
  auto mp3 = EncodeMp3(limited, input.sample_rate_hz, config.mp3);
  if (!mp3.ok()) return mp3.error();
  out.mp3 = std::move(mp3).value();
  auto heard = DecodeInMemory(out.mp3, static_cast<size_t>(segment.size()));
  if (!heard.ok()) return heard.error();
  if (static_cast<int64_t>(heard->size()) != segment.size()) {
    return EngineError("an MP3 segment does not decode to the audio encoded");
  }
  out.heard = std::move(heard).value();
  // True peak apart (the largest of the segments' is the whole's); loudness in order.
  out.true_peak_dbtp = TruePeakDbtp(out.heard);
  return out;
}

// What EncodeSegments learned about the joined file.
struct JoinedAudio {
  std::vector<int64_t> starts;  // of each segment in the decoded file
  int64_t decoded_samples = 0;
  double integrated_lufs = 0;  // as decoded, mono as dual mono
  double true_peak_dbtp = 0;
};

// The segments mastered with `gain_db`, encoded apart, decoded and measured, and joined in
// order into `mp3_path`.
Result<JoinedAudio> EncodeSegments(const MasterInput& input, const std::vector<Segment>& segments,
                                   double gain_db, const MasterConfig& config, int workers,
                                   const std::string& mp3_path) {
  auto joiner = Mp3Joiner::Open(mp3_path);
  if (!joiner.ok()) return joiner.error();
  LoudnessMeter meter(input.sample_rate_hz);
  JoinedAudio joined;
  joined.true_peak_dbtp = -std::numeric_limits<double>::infinity();
  const Status encoded = MapInOrder<EncodedSegment>(
      segments.size(), workers,
      [&](size_t k) { return EncodeSegment(input, segments[k], gain_db, config); },
      [&](size_t, EncodedSegment&& segment) -> Status {
        auto start = (*joiner)->Append(segment.mp3);
        if (!start.ok()) return start.error();
        joined.starts.push_back(*start);
        joined.true_peak_dbtp = std::max(joined.true_peak_dbtp, segment.true_peak_dbtp);
        meter.Add(segment.heard.data(), segment.heard.size());
        return Status::Ok();
      });
  if (!encoded.ok()) return encoded.error();
  auto total = (*joiner)->Close();
  if (!total.ok()) return total.error();
  joined.decoded_samples = *total;
  joined.integrated_lufs = meter.IntegratedLufs();
  return joined;
}

}  // namespace

Result<AudioInfo> Master(const MasterInput& input, const Id3Metadata& metadata,
                         const Script& script, Timeline& timeline, const MasterConfig& config,
                         int workers, const std::string& mp3_path, const MasterProgress& progress) {
  const std::vector<Segment> segments = PlanSegments(timeline, config.segment_seconds);
  // The gain is aimed on a sample of the audio; the encoding measures what listeners
  // hear and is repeated, re-aimed, only when that is still off the target.
  progress("mastering");
  const auto sample_samples =
      static_cast<int64_t>(config.aim_sample_seconds * input.sample_rate_hz);
  const auto piece_samples = static_cast<int64_t>(config.aim_piece_seconds * input.sample_rate_hz);
  auto aim =
      AimGain(input, SpreadSample(input.samples, piece_samples, sample_samples), config, workers);
  if (!aim.ok()) return aim.error();
  progress("encoding");
  Result<JoinedAudio> joined = EngineError("not encoded");
  for (int pass = 0; pass < kMaxEncodings; ++pass) {
    joined = EncodeSegments(input, segments, aim->gain_db, config, workers, mp3_path);
    if (!joined.ok()) return joined.error();
    const double shortfall = config.target_lufs - joined->integrated_lufs;
    if (std::abs(shortfall) <= config.tolerance_lu) break;
    aim->gain_db += shortfall / aim->lu_per_db;
  }
  CountJoins(segments, joined->starts, joined->decoded_samples, timeline);
  if (Status status = TagMp3File(mp3_path, metadata, ChaptersOf(script, timeline)); !status.ok()) {
    return status.error();
  }
  std::error_code error;
  const auto bytes = std::filesystem::file_size(mp3_path, error);
  if (error) return IoError("cannot read the size of " + mp3_path + ": " + error.message());

  AudioInfo info;
  info.bytes = static_cast<uint64_t>(bytes);
  info.duration_samples = joined->decoded_samples;
  info.sample_rate_hz = input.sample_rate_hz;
  info.loudness_lufs = joined->integrated_lufs;
  info.true_peak_dbtp = joined->true_peak_dbtp;
  return info;
}

}  // namespace spoken
