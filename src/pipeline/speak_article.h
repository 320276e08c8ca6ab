// The middle of the pipeline for an article already read: normalize, pronounce, synthesize.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "pipeline/config.h"
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
  Speech speech;
  std::vector<std::string> warnings;  // e.g. IPA symbols a lexicon entry had approximated
};

/// Loads the article's voice profile and lexicons (the bundled one for its language in
/// voices/lexicons/, then those its front matter names), builds the Script through the
/// alias-applying normalizer, plans the speech with the hints and synthesizes it.
/// Creates an eSpeak NG engine: one call per process at a time (pipeline/worker_pool.h).
Result<SpokenArticle> SpeakArticle(const Article& article, const BuildConfig& config,
                                   Announcement announcement, const RenderProgress& progress);

}  // namespace spoken
