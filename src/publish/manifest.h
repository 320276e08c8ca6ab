// manifest.json: the contract between build, publish, audit and outside tools (design.md).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "audio/edition.h"
#include "core/result.h"

namespace spoken {

/// The output files of one edition, named after its slug.
struct EditionFiles {
  std::string audio, captions, chapters_vtt, chapters_json, transcript_html, transcript_text, epub;
  static EditionFiles ForSlug(const std::string& slug);
  /// Every file above: what a finished edition folder holds besides manifest.json.
  std::vector<std::string> All() const;
};

/// Writes the whole edition: metadata, audio figures, every section, sentence and word with
/// exact times in ms, the pronunciation hints used, the source digest, the digest of every
/// file of the edition (`files_sha256`, from Edition::file_sha256), what the reader left out
/// (`skipped`: what, reason, excerpt, line) and the warnings about the source
/// (`source_warnings`), and spoken's version.
void WriteManifest(const Edition& edition, std::ostream& out);

/// One timed item of a manifest (a section or a sentence), in milliseconds.
struct TimedEntry {
  std::string id;  // sentence id; empty for a section
  std::string text;
  std::string kind;  // sentence kind ("paragraph", "heading", ...); empty for a section
  int64_t start_ms = 0;
  int64_t end_ms = 0;
};

/// What the site writers (feed, index) and the audit need of one edition.
struct EditionSummary {
  ArticleInfo info;
  AudioInfo audio;
  int64_t duration_ms = 0;
  size_t section_count = 0;
  size_t sentence_count = 0;
  std::vector<TimedEntry> sections;
  std::vector<std::vector<TimedEntry>> sentences;  // per section
  std::string source_sha256;
  std::string build_key;
  std::vector<std::pair<std::string, int>> pronunciations;       // term, times applied
  std::vector<std::pair<std::string, std::string>> file_sha256;  // file name, SHA-256 hex
  std::vector<SkippedContent> skipped;
  std::vector<std::string> source_warnings;
};

/// The order of the feed and the index page: newest first (ISO dates compare as text),
/// then by slug, so that the order never depends on the order the manifests were read.
void SortNewestFirst(std::vector<EditionSummary>& editions);

/// What ParseManifest would read from WriteManifest(edition): taken from the edition itself,
/// so that a build need not hold and parse its manifest's text.
EditionSummary SummarizeEdition(const Edition& edition);

/// Reads a manifest written by WriteManifest. kInvalidInput names `path` when it is not one.
Result<EditionSummary> ParseManifest(const std::string& json_text, const std::string& path);

}  // namespace spoken
