// Renders one article through every stage into OUT/SLUG/.
#pragma once

#include <functional>
#include <string>

#include "core/result.h"
#include "pipeline/config.h"
#include "pipeline/speak_article.h"
#include "publish/manifest.h"

namespace spoken {

struct RenderedEdition {
  EditionSummary summary;
  bool up_to_date = false;            // nothing changed since the last build: nothing written
  std::vector<std::string> warnings;  // e.g. IPA symbols a lexicon entry had approximated
};

/// read -> normalize -> pronounce -> synthesize -> master -> publish, then writes
/// OUT/SLUG/{SLUG.mp3, SLUG.vtt, SLUG.chapters.vtt, SLUG.chapters.json, SLUG.txt,
/// index.html, manifest.json}, each atomically, the manifest last (a folder with a manifest
/// holds a finished edition). Creates an eSpeak NG engine, so call it in one process at a
/// time (pipeline/worker_pool.h). Errors name the article.
/// Unless `force`, an edition whose manifest carries the same build key (a digest of the
/// source, spoken.yaml, the voice profile, the lexicons and spoken's version) and whose
/// files all exist is left as it is: builds are deterministic, so it would come out the same.
Result<RenderedEdition> RenderArticle(const std::string& source_path, const BuildConfig& config,
                                      const std::string& out_dir, bool force,
                                      const RenderProgress& progress);

}  // namespace spoken
