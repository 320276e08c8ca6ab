#include "pipeline/edition_contents_audit.h"

#include <algorithm>
#include <filesystem>

#include "core/time_format.h"
#include "pipeline/file_io.h"
#include "publish/chapters_json_reader.h"
#include "publish/markup.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

// At most 40 characters of `text`, for messages.
std::string Excerpt(std::string_view text) {
  if (text.size() <= 40) return std::string(text);
  size_t end = 40;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "...";
}

std::string LinesAsSpaces(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

// A cue's text without the WebVTT <lang TAG> and </lang> tags that mark passages in another
// language, the whole cue's or inline ones, nested or not (publish/webvtt_writer.h). The
// cue's own text is escaped, so every '<' in it starts a tag.
std::string WithoutLangSpans(const std::string& text) {
  constexpr std::string_view kOpen = "<lang ", kClose = "</lang>";
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    const size_t tag = text.find('<', at);
    out.append(text, at, tag == std::string::npos ? std::string::npos : tag - at);
    if (tag == std::string::npos) break;
    const size_t tag_end = text.find('>', tag);
    const bool lang = text.compare(tag, kOpen.size(), kOpen) == 0 ||
                      text.compare(tag, kClose.size(), kClose) == 0;
    if (!lang || tag_end == std::string::npos) {
      out += '<';
      at = tag + 1;
      continue;
    }
    at = tag_end + 1;
  }
  return out;
}

// The text of the sentence span that starts at `open` in the transcript page: its
// characters outside tags, up to the </span> that closes it (word spans nest inside).
std::string SpanText(const std::string& page, size_t open) {
  std::string text;
  int depth = 0;
  size_t at = page.find('>', open);
  while (at != std::string::npos && at + 1 < page.size()) {
    const size_t tag = page.find('<', at + 1);
    if (tag == std::string::npos) break;
    text.append(page, at + 1, tag - at - 1);
    if (page.compare(tag, 5, "<span") == 0) ++depth;
    if (page.compare(tag, 7, "</span>") == 0 && --depth < 0) break;
    at = page.find('>', tag);
  }
  return text;
}

bool ShownAsSentence(const TimedEntry& sentence) {
  return sentence.kind != "announcement" && sentence.kind != "heading";
}

}  // namespace

AuditCheck CheckDigests(const std::string& dir, const EditionSummary& edition) {
  if (edition.file_sha256.empty()) {
    return {"digests", false, "the manifest records no file digests: rebuild this edition"};
  }
  std::string changed;
  for (const std::string& name : EditionFiles::ForSlug(edition.info.slug).All()) {
    const auto recorded = std::find_if(edition.file_sha256.begin(), edition.file_sha256.end(),
                                       [&](const auto& entry) { return entry.first == name; });
    const Result<std::string> actual = FileSha256Hex((fs::path(dir) / name).string());
    if (recorded == edition.file_sha256.end() || !actual.ok() || *actual != recorded->second) {
      changed += (changed.empty() ? "" : ", ") + name;
    }
  }
  if (!changed.empty()) {
    return {"digests", false,
            "changed since the build (SHA-256 differs from the manifest): " + changed};
  }
  return {"digests", true, "every file has the SHA-256 the manifest recorded"};
}

AuditCheck CheckCoverage(const std::string& dir, const EditionSummary& edition) {
  const EditionFiles files = EditionFiles::ForSlug(edition.info.slug);
  auto captions = ReadFile((fs::path(dir) / files.captions).string());
  auto page = ReadFile((fs::path(dir) / files.transcript_html).string());
  if (!captions.ok() || !page.ok()) {
    return {"coverage", false, "captions or transcript page unreadable"};
  }
  size_t cue_from = 0;
  for (const auto& sentences : edition.sentences) {
    for (const TimedEntry& sentence : sentences) {
      const std::string cue = "\n" + sentence.id + "\n" + FormatClockMs(sentence.start_ms) +
                              " --> " + FormatClockMs(sentence.end_ms) + "\n";
      const size_t at = captions->find(cue, cue_from);
      if (at == std::string::npos) {
        return {"coverage", false,
                sentence.id + " has no caption cue with its manifest times, in order, in " +
                    files.captions};
      }
      const size_t text_begin = at + cue.size();
      cue_from = std::min(captions->find("\n\n", text_begin), captions->size());
      const std::string said =
          WithoutLangSpans(LinesAsSpaces(captions->substr(text_begin, cue_from - text_begin)));
      if (said != LinesAsSpaces(EscapeVttText(sentence.text))) {
        return {"coverage", false,
                files.captions + ": the cue of " + sentence.id + " says \"" + Excerpt(said) +
                    "\", the manifest \"" + Excerpt(sentence.text) + "\""};
      }
      if (!ShownAsSentence(sentence)) continue;
      const size_t span = page->find("id=\"" + sentence.id + "\"");
      if (span == std::string::npos) {
        return {"coverage", false, sentence.id + " is not on the transcript page"};
      }
      const std::string shown = SpanText(*page, span);
      if (shown != EscapeXml(sentence.text)) {
        return {"coverage", false,
                files.transcript_html + ": " + sentence.id + " shows \"" + Excerpt(shown) +
                    "\", the manifest \"" + Excerpt(sentence.text) + "\""};
      }
    }
  }
  return {"coverage", true,
          "every sentence is said, captioned and in the transcript, with the manifest's text"};
}

AuditCheck CheckTranscriptText(const std::string& dir, const EditionSummary& edition) {
  const std::string name = EditionFiles::ForSlug(edition.info.slug).transcript_text;
  auto text = ReadFile((fs::path(dir) / name).string());
  if (!text.ok()) return {"text transcript", false, name + " unreadable"};
  size_t from = 0;
  for (const auto& sentences : edition.sentences) {
    for (const TimedEntry& sentence : sentences) {
      const size_t at = text->find(XmlCharsOnly(sentence.text), from);
      if (at == std::string::npos) {
        return {"text transcript", false,
                name + ": " + sentence.id + " (\"" + Excerpt(sentence.text) +
                    "\") is missing or out of order"};
      }
      from = at + sentence.text.size();
    }
  }
  return {"text transcript", true, name + " holds every sentence, in order"};
}

AuditCheck CheckChapters(const std::string& dir, const EditionSummary& edition) {
  const std::string name = EditionFiles::ForSlug(edition.info.slug).chapters_json;
  auto text = ReadFile((fs::path(dir) / name).string());
  if (!text.ok()) return {"chapters", false, name + " unreadable"};
  auto chapters = ReadChaptersJson(*text, name);
  if (!chapters.ok()) return {"chapters", false, chapters.error().message};
  if (chapters->size() != edition.sections.size()) {
    return {"chapters", false,
            name + " has " + std::to_string(chapters->size()) + " chapters, the manifest " +
                std::to_string(edition.sections.size()) + " sections"};
  }
  for (size_t i = 0; i < chapters->size(); ++i) {
    const ChapterMark& chapter = (*chapters)[i];
    const TimedEntry& section = edition.sections[i];
    if (chapter.title != section.text || chapter.start_ms != section.start_ms ||
        chapter.end_ms != section.end_ms) {
      return {"chapters", false,
              name + ": chapter " + std::to_string(i + 1) + " \"" + Excerpt(chapter.title) + "\" " +
                  FormatClockMs(chapter.start_ms) + " --> " + FormatClockMs(chapter.end_ms) +
                  ", the manifest's section \"" + Excerpt(section.text) + "\" " +
                  FormatClockMs(section.start_ms) + " --> " + FormatClockMs(section.end_ms)};
    }
  }
  return {"chapters", true, name + " has the manifest's sections, titles and times"};
}

}  // namespace spoken
