// One article's sentences spoken in several worker processes at once (eSpeak NG is not
// thread-safe, engine-notes §3), the samples put back in order.
#pragma once

#include <functional>

#include "core/result.h"
#include "pronounce/speech_plan.h"
#include "speech/synthesizer.h"
#include "speech/timeline.h"
#include "speech/voice.h"

namespace spoken {

/// Where synthesized audio goes: `start` learns the sample rate before the first piece,
/// `write` gets the PCM in order.
struct PcmDestination {
  std::function<Status(int sample_rate_hz)> start;
  PcmSink write;
};

/// Speaks `plan` in chunks of consecutive utterances (about 1500 bytes of eSpeak input
/// each), every chunk in a fresh forked process, at most `workers` at once. This process
/// creates the engine and sets it to `voices.main` first; each child inherits it in that
/// state and switches voices per utterance (SynthesizeRange). A child writes its samples
/// to an unlinked temporary file and its times to a pipe; as the chunks finish, their
/// samples go to `pcm` in order and their times are joined. The chunks are cut from the
/// plan alone and every one starts from the same engine state, so the PCM and the Timeline
/// are the same whatever `workers`. Call it from a process that holds no EspeakEngine.
/// `progress` counts utterances. Errors: no engine or no such voice, a child's error, or
/// kEngine naming how a child died.
Result<Timeline> SynthesizeInWorkers(const SpeechPlan& plan, const EditionVoices& voices,
                                     int workers, const PcmDestination& pcm,
                                     const SynthesisProgress& progress);

}  // namespace spoken
