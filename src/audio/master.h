// master stage: synthesized PCM + timeline -> a loudness-normalized, tagged, chaptered MP3,
// streamed: nothing the size of the audio is held in memory.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "audio/audio_codec.h"
#include "audio/edition.h"
#include "audio/id3_tags.h"
#include "audio/segments.h"
#include "audio/true_peak_limiter.h"
#include "core/result.h"
#include "speech/synthesizer.h"

namespace spoken {

struct MasterConfig {
  double target_lufs = -16.0;  // integrated loudness, mono counted as dual mono (standards §8)
  double tolerance_lu = 0.1;   // stop adjusting the gain within this of the target
  LimiterConfig limiter;       // true-peak ceiling and timing
  Mp3Config mp3;
  double segment_seconds = 30;     // mastered and encoded apart, in parallel (audio/segments.h)
  double aim_sample_seconds = 60;  // the gain is aimed on pieces of aim_piece_seconds spread
                                   // over the audio, about this much (SpreadSample)
  double aim_piece_seconds = 5;
};

/// Hands samples [first, first + count) of the same PCM to `sink`, every time it is
/// called; may be called from several threads at once.
using PcmReplay = std::function<Status(int64_t first, int64_t count, const PcmSink& sink)>;

/// The audio to master: a replayable PCM and what was measured while it was made.
struct MasterInput {
  PcmReplay pcm;
  int64_t samples = 0;
  int sample_rate_hz = 0;
  double integrated_lufs = 0;  // of `pcm` as it is (LoudnessMeter, no true peak)
};

/// One chapter per section of `script`, timed by `timeline`.
std::vector<Id3Chapter> ChaptersOf(const Script& script, const Timeline& timeline);

/// Where the gain is aimed, and how the limited loudness answers the gain there.
struct GainAim {
  double gain_db = 0;
  double lu_per_db = 1;  // loudness gained per dB of gain near gain_db once limited, (0, 1]
};

/// Aims the gain (dB) that brings `input` to the target loudness once the true-peak limiter
/// has taken its share off the peaks. The share is measured on `sample` (segments of
/// `input`, limited on `workers` threads), taking the whole to rise over its raw loudness
/// as the sample does: limited at the gain that would do without a limiter, then at gains
/// aimed by the secant through the last two tries, until a step would change the loudness
/// by less than a quarter of the tolerance (two or three passes over the sample on speech,
/// one when the limiter takes nothing, at most eight). kInvalidInput when the audio is
/// silent.
Result<GainAim> AimGain(const MasterInput& input, const std::vector<Segment>& sample,
                        const MasterConfig& config, int workers);

/// `pcm` (full scale +-32768) at the target loudness, in memory: for snippets.
Result<std::vector<float>> NormalizeLoudness(const std::vector<int16_t>& pcm, int sample_rate_hz,
                                             const MasterConfig& config);

/// Reports each step of Master as it starts: "mastering" (finding the gain), "encoding"
/// (with decoding and measuring what was encoded).
using MasterProgress = std::function<void(const std::string& stage)>;

/// Brings `input` to the target loudness with gain and a true-peak limiter and encodes it
/// to the MP3 file `mp3_path`, in segments cut in the pauses of `timeline` (PlanSegments),
/// each mastered, encoded, decoded again and measured on one of up to `workers` threads
/// and joined in order (Mp3Joiner): the same bytes whatever `workers`. The loudness and
/// true peak are what listeners hear (the only true-peak measurement): the segments as
/// decoded, the loudness measured across them in order. The gain is aimed by AimGain on a
/// sample of the audio; when the encoded loudness is still off by more than the
/// tolerance, the encoding is done again with the gain re-aimed (rarely: a few passes at most). The
/// joined file decodes to the same samples but for a few ms of silence at each join, where the
/// decoder carries over from the frame before; `spoken audit` measures the whole file. Then moves
/// `timeline` to the joined file's decoded samples (CountJoins) and tags the file with `metadata`
/// and a chapter per section of `script`. Returns the audio's description (file name left empty:
/// the caller names the file). On error the file may be left half-written: the caller removes it.
Result<AudioInfo> Master(const MasterInput& input, const Id3Metadata& metadata,
                         const Script& script, Timeline& timeline, const MasterConfig& config,
                         int workers, const std::string& mp3_path, const MasterProgress& progress);

}  // namespace spoken
