#include "pipeline/edition_audit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "audio/reference_meter.h"
#include "core/sha256.h"
#include "core/time_format.h"
#include "pipeline/edition_contents_audit.h"
#include "pipeline/epub_audit.h"
#include "pipeline/file_io.h"
#include "publish/manifest.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

constexpr double kLoudnessToleranceLu = 1.0;  // Apple's published tolerance
constexpr double kMaxTruePeakDbtp = -1.0;

std::string Format(const char* format, double a, double b) {
  char buffer[128];
  std::snprintf(buffer, sizeof buffer, format, a, b);
  return buffer;
}

AuditCheck CheckFiles(const std::string& dir, const EditionSummary& edition) {
  const EditionFiles files = EditionFiles::ForSlug(edition.info.slug);
  std::vector<std::string> missing;
  for (const std::string& name : files.All()) {
    if (!IsRegularFile((fs::path(dir) / name).string())) missing.push_back(name);
  }
  if (!missing.empty()) {
    std::string list;
    for (const std::string& name : missing) list += (list.empty() ? "" : ", ") + name;
    return {"files", false, "missing: " + list};
  }
  std::error_code error;
  const uint64_t size = fs::file_size(fs::path(dir) / files.audio, error);
  if (error || size != edition.audio.bytes) {
    return {"files", false,
            files.audio + " is " + std::to_string(size) + " bytes, the manifest says " +
                std::to_string(edition.audio.bytes)};
  }
  return {"files", true, "all 7 files present; the MP3 has the size the feed announces"};
}

AuditCheck CheckSource(const EditionSummary& edition) {
  auto source = ReadFile(edition.info.source_path);
  if (!source.ok())
    return {"source", false, edition.info.source_path + " cannot be read: rebuild or remove"};
  if (Sha256Hex(*source) != edition.source_sha256) {
    return {"source", false, edition.info.source_path + " changed since this edition was built"};
  }
  return {"source", true, "built from the current " + edition.info.source_path};
}

AuditCheck CheckTiming(const EditionSummary& edition) {
  int64_t expected_start = 0, previous_sentence = 0;
  for (size_t s = 0; s < edition.sections.size(); ++s) {
    const TimedEntry& section = edition.sections[s];
    if (section.start_ms != expected_start || section.end_ms <= section.start_ms) {
      return {"timing", false,
              "section \"" + section.text + "\" starts at " + FormatClockMs(section.start_ms) +
                  ", expected " + FormatClockMs(expected_start)};
    }
    for (const TimedEntry& sentence : edition.sentences[s]) {
      if (sentence.start_ms < section.start_ms || sentence.end_ms > section.end_ms ||
          sentence.end_ms <= sentence.start_ms || sentence.start_ms < previous_sentence) {
        return {"timing", false,
                sentence.id + " (" + FormatClockMs(sentence.start_ms) + " --> " +
                    FormatClockMs(sentence.end_ms) + ") is out of order or outside its section"};
      }
      previous_sentence = sentence.end_ms;
    }
    expected_start = section.end_ms;
  }
  if (expected_start != edition.duration_ms) {
    return {"timing", false,
            "the sections end at " + FormatClockMs(expected_start) + ", the audio at " +
                FormatClockMs(edition.duration_ms)};
  }
  return {"timing", true,
          std::to_string(edition.section_count) + " sections cover the audio; " +
              std::to_string(edition.sentence_count) +
              " sentences in order, each inside its section"};
}

std::vector<AuditCheck> CheckAudio(const std::string& dir, const EditionSummary& edition,
                                   const MasterConfig& targets) {
  auto heard = MeasureEncodedFile((fs::path(dir) / edition.audio.file).string());
  if (!heard.ok()) return {{"audio", false, heard.error().message}};
  const double lufs = heard->loudness.integrated_lufs, peak = heard->loudness.true_peak_dbtp;
  return {
      {"length", heard->samples == edition.audio.duration_samples,
       std::to_string(heard->samples) + " samples decoded, " +
           std::to_string(edition.audio.duration_samples) + " in the manifest"},
      {"loudness", std::abs(lufs - targets.target_lufs) <= kLoudnessToleranceLu,
       Format("%.1f LUFS integrated (target %.1f)", lufs, targets.target_lufs)},
      {"true peak", peak <= kMaxTruePeakDbtp,
       Format("%.1f dBTP (at most %.1f)", peak, kMaxTruePeakDbtp)},
  };
}

}  // namespace

bool EditionAudit::passed() const {
  return std::all_of(checks.begin(), checks.end(), [](const AuditCheck& c) { return c.passed; });
}

Result<EditionAudit> AuditEdition(const std::string& edition_dir, const MasterConfig& targets) {
  const std::string manifest_path = (fs::path(edition_dir) / "manifest.json").string();
  auto text = ReadFile(manifest_path);
  if (!text.ok()) return text.error();
  auto edition = ParseManifest(*text, manifest_path);
  if (!edition.ok()) return edition.error();

  EditionAudit audit{.slug = edition->info.slug};
  audit.checks.push_back(CheckFiles(edition_dir, *edition));
  audit.checks.push_back(CheckSource(*edition));
  audit.checks.push_back(CheckTiming(*edition));
  audit.checks.push_back(CheckDigests(edition_dir, *edition));
  audit.checks.push_back(CheckCoverage(edition_dir, *edition));
  audit.checks.push_back(CheckTranscriptText(edition_dir, *edition));
  audit.checks.push_back(CheckChapters(edition_dir, *edition));
  audit.checks.push_back(CheckEpub(edition_dir, *edition));
  for (AuditCheck& check : CheckAudio(edition_dir, *edition, targets))
    audit.checks.push_back(std::move(check));
  for (const std::string& warning : edition->source_warnings) {
    audit.notes.push_back("source: " + warning);
  }
  for (const SkippedContent& content : edition->skipped) {
    audit.notes.push_back("not read aloud: " + content.what + " (" + content.reason + "), line " +
                          std::to_string(content.source_line) +
                          (content.excerpt.empty() ? "" : ": \"" + content.excerpt + "\""));
  }
  for (const auto& [term, count] : edition->pronunciations) {
    audit.notes.push_back("pronunciation hint \"" + term + "\" applied " + std::to_string(count) +
                          "x");
  }
  return audit;
}

}  // namespace spoken
