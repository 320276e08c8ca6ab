// The middle of the pipeline for an article already read: normalize, pronounce, synthesize.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "pipeline/config.h"
#include "pipeline/parallel_synthesis.h"
#include "pronounce/speech_plan.h"
#include "speech/synthesizer.h"
#include "text/script.h"
#include "text/script_builder.h"

namespace spoken {

/// Reports a stage name ("normalizing", "synthesizing", ...) and the fraction done (0..1).
using RenderProgress = std::function<void(const std::string& stage, double fraction)>;

struct SpokenArticle {
  Script script;
  SpeechPlan plan;
  Timeline timeline;                  // sample positions in the PCM handed to the PcmDestination
  std::vector<std::string> warnings;  // e.g. IPA symbols a lexicon entry had approximated
};

/// Loads the article's voice profile and lexicons (the bundled one for its language in
/// voices/lexicons/, then those its front matter names), builds the Script through the
/// alias-applying normalizer (a block whose `lang` is another language through that
/// language's rules, and later spoken by its voice: ChooseVoice for the language, with a
/// warning and the article's own when there is none), plans the speech with the hints,
/// refuses an article whose estimated audio exceeds config.max_audio_minutes (audio_limit.h;
/// checked again on the audio made), and synthesizes it into
/// `pcm`, in chunks spoken by up to `synthesis_workers` processes at once
/// (pipeline/parallel_synthesis.h): the same audio and times whatever their number.
/// Forks; holds no eSpeak NG engine itself.
Result<SpokenArticle> SpeakArticle(const Article& article, const BuildConfig& config,
                                   Announcement announcement, int synthesis_workers,
                                   const PcmDestination& pcm, const RenderProgress& progress);

}  // namespace spoken
