#include "publish/webvtt_writer.h"

#include <algorithm>

#include "core/time_format.h"
#include "publish/markup.h"

namespace spoken {
namespace {

constexpr size_t kCaptionLineWidth = 65;  // the podcast namespace's recommended maximum

void WriteTiming(int64_t start_sample, int64_t end_sample, int rate, std::ostream& out) {
  out << FormatClockMs(SamplesToMs(start_sample, rate)) << " --> "
      << FormatClockMs(SamplesToMs(end_sample, rate)) << "\n";
}

// The sentence's text, escaped and wrapped, with each inline passage in a <lang> span. The
// space inside "<lang de>" is held back from the wrapping, which breaks lines at spaces.
std::string CueText(const Sentence& sentence) {
  constexpr char kHeldSpace = '\x01';  // never in escaped text: EscapeVttText drops it
  std::string marked;
  size_t done = 0;
  for (const SentencePassage& passage : sentence.passages) {
    marked += EscapeVttText(sentence.display.substr(done, passage.display_begin - done));
    marked += std::string("<lang") + kHeldSpace + EscapeVttText(passage.language) + ">";
    marked += EscapeVttText(sentence.display.substr(passage.display_begin,
                                                    passage.display_end - passage.display_begin));
    marked += "</lang>";
    done = passage.display_end;
  }
  marked += EscapeVttText(sentence.display.substr(done));
  std::string text = WrapLines(marked, kCaptionLineWidth);
  std::replace(text.begin(), text.end(), kHeldSpace, ' ');
  return text;
}

}  // namespace

void WriteCaptionsVtt(const Edition& edition, std::ostream& out) {
  const int rate = edition.timeline.sample_rate_hz;
  out << "WEBVTT\n\nNOTE " << EscapeVttText(edition.script.info.title)
      << ": captions of the audio edition\n\n";
  ForEachSentence(edition.script, [&](size_t, const ScriptBlock& block, const Sentence& sentence,
                                      size_t index) {
    const SentenceTiming& timing = edition.timeline.sentences[index];
    out << sentence.id << "\n";
    WriteTiming(timing.start_sample, timing.end_sample, rate, out);
    const std::string text = CueText(sentence);
    // A passage in another language is marked for captions readers
    // (WCAG 3.1.2), as the transcript page marks it with lang.
    if (block.language.empty()) {
      out << text << "\n\n";
    } else {
      out << "<lang " << EscapeVttText(block.language) << ">" << text << "</lang>\n\n";
    }
  });
}

void WriteChaptersVtt(const Edition& edition, std::ostream& out) {
  const int rate = edition.timeline.sample_rate_hz;
  out << "WEBVTT\n\n";
  for (size_t i = 0; i < edition.script.sections.size(); ++i) {
    const SectionTiming& timing = edition.timeline.sections[i];
    out << "chapter-" << i + 1 << "\n";
    WriteTiming(timing.start_sample, timing.end_sample, rate, out);
    out << EscapeVttText(edition.script.sections[i].title) << "\n\n";
  }
}

}  // namespace spoken
