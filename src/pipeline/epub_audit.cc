#include "pipeline/epub_audit.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <optional>

#include "core/time_format.h"
#include "pipeline/file_io.h"
#include "publish/epub_overlay_reader.h"
#include "publish/epub_writer.h"
#include "publish/epub_zip.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

constexpr int64_t kDurationToleranceMs = 1000;  // EPUB 3.3: the sum SHOULD match within 1 s

AuditCheck Fail(std::string detail) { return {"epub", false, std::move(detail)}; }

// "" when the overlay speaks `sentence` at the manifest's times, else what is wrong.
std::string SentenceProblem(const TimedEntry& sentence,
                            const std::map<std::string, OverlayClip>& clips) {
  if (const auto par = clips.find(sentence.id); par != clips.end()) {
    // The writer gives an empty timing one millisecond, since clipEnd must follow clipBegin.
    const int64_t end_ms = std::max(sentence.end_ms, sentence.start_ms + 1);
    if (par->second.begin_ms == sentence.start_ms && par->second.end_ms == end_ms) return "";
    return sentence.id + " is clipped " + FormatClockMs(par->second.begin_ms) + " --> " +
           FormatClockMs(par->second.end_ms) + ", the manifest says " +
           FormatClockMs(sentence.start_ms) + " --> " + FormatClockMs(sentence.end_ms);
  }
  int words = 0;  // synced by word: pars SENTENCE-wN inside the sentence's time
  for (auto word = clips.lower_bound(sentence.id + "-w");
       word != clips.end() && word->first.starts_with(sentence.id + "-w"); ++word, ++words) {
    if (word->second.begin_ms < sentence.start_ms || word->second.end_ms > sentence.end_ms) {
      return word->first + " is clipped outside its sentence's time";
    }
  }
  return words > 0 ? "" : sentence.id + " has no par in the Media Overlay";
}

}  // namespace

AuditCheck CheckEpub(const std::string& edition_dir, const EditionSummary& edition) {
  const std::string name = EditionFiles::ForSlug(edition.info.slug).epub;
  const std::string path = (fs::path(edition_dir) / name).string();
  if (!IsRegularFile(path)) return Fail(name + " cannot be read");
  std::ifstream book(path, std::ios::binary);
  if (!book) return Fail(name + " cannot be read");
  // The MP3 is measured by its directory entry, never read: memory stays flat.
  const std::string root = "EPUB/", audio = root + "audio/" + edition.audio.file;
  auto listed = ReadStoredZip(book, [&](const std::string& entry) { return entry != audio; });
  if (!listed.ok()) return Fail(name + ": " + listed.error().message);
  std::map<std::string, std::string> entries;
  std::optional<uint32_t> audio_size;
  for (StoredZipEntry& entry : *listed) {
    if (entry.name == audio) audio_size = entry.size;
    entries[entry.name] = std::move(entry.content);
  }
  if (listed->empty() || listed->front().name != "mimetype" ||
      entries["mimetype"] != "application/epub+zip") {
    return Fail(name + " does not start with its mimetype entry");
  }
  const std::string& xhtml = entries[root + EpubPaths::kArticle];
  if (audio_size != edition.audio.bytes) {
    return Fail(name + " does not hold the edition's " + edition.audio.file);
  }
  auto clips = ReadEpubOverlay(entries[root + EpubPaths::kOverlay]);
  if (!clips.ok()) return Fail(EpubPaths::kOverlay + std::string(": ") + clips.error().message);
  std::map<std::string, OverlayClip> by_fragment;
  for (const OverlayClip& clip : *clips) {
    if (clip.text_file != EpubPaths::kArticle || clip.audio != "audio/" + edition.audio.file) {
      return Fail("par " + clip.fragment + " points to " + clip.text_file + " and " + clip.audio);
    }
    if (xhtml.find("id=\"" + clip.fragment + "\"") == std::string::npos) {
      return Fail("par " + clip.fragment + " points to no element of " + EpubPaths::kArticle);
    }
    by_fragment[clip.fragment] = clip;
  }
  for (const auto& sentences : edition.sentences) {
    for (const TimedEntry& sentence : sentences) {
      if (std::string problem = SentenceProblem(sentence, by_fragment); !problem.empty()) {
        return Fail(problem);
      }
    }
  }
  auto durations = ReadMediaDurations(entries[EpubPaths::kPackage]);
  if (!durations.ok()) return Fail(durations.error().message);
  const int64_t declared = durations->total_ms.value_or(-1);
  const int64_t overlays =
      std::accumulate(durations->overlays_ms.begin(), durations->overlays_ms.end(), int64_t{0});
  if (declared != edition.duration_ms || std::llabs(overlays - declared) > kDurationToleranceMs) {
    return Fail("media:duration says " + FormatClockMs(declared) + " (overlays " +
                FormatClockMs(overlays) + "), the audio lasts " +
                FormatClockMs(edition.duration_ms));
  }
  return {"epub", true,
          std::to_string(clips->size()) + " overlay clips speak all " +
              std::to_string(edition.sentence_count) +
              " sentences at the manifest's times; media:duration " + FormatClockMs(declared) +
              " adds up"};
}

}  // namespace spoken
