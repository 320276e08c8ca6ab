// manifest.json: the contract between build, publish, audit and outside tools (design.md).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "audio/edition.h"
#include "core/result.h"

namespace spoken {

/// The output files of one edition, named after its slug.
struct EditionFiles {
  std::string audio, captions, chapters_vtt, chapters_json, transcript_html, transcript_text;
  static EditionFiles ForSlug(const std::string& slug);
};

/// Writes the whole edition: metadata, audio figures, every section, sentence and word with
/// exact times in ms, the pronunciation hints used, the source digest and spoken's version.
void WriteManifest(const Edition& edition, std::ostream& out);

/// What the site writers (feed, index) need of one edition.
struct EditionSummary {
  ArticleInfo info;
  AudioInfo audio;
  int64_t duration_ms = 0;
  size_t section_count = 0;
  size_t sentence_count = 0;
};

/// Reads a manifest written by WriteManifest. kInvalidInput names `path` when it is not one.
Result<EditionSummary> ParseManifest(const std::string& json_text, const std::string& path);

}  // namespace spoken
