// synthesize stage: SpeechPlan -> Timeline + PCM.
#pragma once

#include <functional>

#include "core/result.h"
#include "pronounce/speech_plan.h"
#include "speech/espeak_engine.h"
#include "speech/timeline.h"
#include "speech/voice.h"

namespace spoken {

struct Speech {
  Timeline timeline;
  std::vector<int16_t> pcm;  // mono, timeline.sample_rate_hz
};

/// Called after each utterance with (done, total), for progress reports.
using SynthesisProgress = std::function<void(size_t done, size_t total)>;

/// Speaks every utterance of `plan` in order with `engine` (whose voice must already be
/// set), placing the voice profile's pauses between sentences, blocks and sections.
/// Every time in the Timeline is a sample index into the returned PCM, taken from the
/// synthesizer's own events plus the running offset.
Result<Speech> Synthesize(const SpeechPlan& plan, const VoiceProfile& voice, EspeakEngine& engine,
                          const SynthesisProgress& progress = {});

}  // namespace spoken
