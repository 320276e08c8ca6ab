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

/// Receives mono 16-bit PCM (full scale +-32768) in consecutive pieces.
using PcmSink = std::function<Status(const int16_t* samples, size_t count)>;

/// Speaks every utterance of `plan` in order with `engine` (whose voice must already be
/// set), placing the voice profile's pauses between sentences, blocks and sections, and
/// hands the PCM to `sink` one sentence or pause at a time (memory does not grow with the
/// plan, except the Timeline). Every time in the Timeline is a sample index into that PCM,
/// taken from the synthesizer's own events plus the running offset. Stops at the first
/// error of the engine or the sink.
Result<Timeline> SynthesizeTo(const SpeechPlan& plan, const VoiceProfile& voice,
                              EspeakEngine& engine, const PcmSink& sink,
                              const SynthesisProgress& progress = {});

/// The utterances [first, last) of `plan`, each followed by its pause, handed to `sink`;
/// the sentences' times count from the start of utterance `first`, and `sections` is left
/// empty (TimeSections fills it once the ranges are joined). The engine's voice must be
/// `voices.main` on entry; each utterance is spoken in voices.For(its language), the engine
/// switched only where that changes, and left in `voices.main` again; an utterance's
/// language changes (inline passages) switch voice inside it (speech/voice_switch.h), its
/// word times still counted from its own events. Pauses are main's.
/// The same samples and times, shifted, as SynthesizeTo gives for those utterances when it
/// starts at `first` in a fresh engine (pipeline/parallel_synthesis.h cuts ranges that way).
Result<Timeline> SynthesizeRange(const SpeechPlan& plan, const EditionVoices& voices,
                                 EspeakEngine& engine, size_t first, size_t last,
                                 const PcmSink& sink, const SynthesisProgress& progress = {});

/// Appends `part` (a SynthesizeRange) to `whole`, shifting its times by whole's length.
void AppendTimeline(Timeline& whole, const Timeline& part);

/// Times the sections of a whole Timeline from its sentences: a section starts with its
/// first utterance and ends where the next section starts (the last at the end).
void TimeSections(const SpeechPlan& plan, Timeline& timeline);

/// SynthesizeTo, collected in memory: for snippets and tests.
Result<Speech> Synthesize(const SpeechPlan& plan, const VoiceProfile& voice, EspeakEngine& engine,
                          const SynthesisProgress& progress = {});

}  // namespace spoken
