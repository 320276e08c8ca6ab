#include "publish/epub_smil_writer.h"

#include <algorithm>

#include "core/time_format.h"
#include "publish/article_structures.h"
#include "publish/epub_content_writer.h"
#include "publish/markup.h"

namespace spoken {
namespace {

class Overlay {
 public:
  Overlay(const Edition& edition, std::ostream& out)
      : rate_(edition.timeline.sample_rate_hz),
        audio_(EscapeXml(EpubPaths::Audio(edition))),
        out_(out) {}

  // One par: `fragment` of the article, spoken from `start` to `end` (samples).
  void Par(const std::string& fragment, int64_t start_sample, int64_t end_sample) {
    const int64_t begin_ms = SamplesToMs(start_sample, rate_);
    const int64_t end_ms = std::max(SamplesToMs(end_sample, rate_), begin_ms + 1);
    out_ << "<par id=\"par-" << fragment << "\"><text src=\"" << EpubPaths::kArticle << "#"
         << fragment << "\"/><audio src=\"" << audio_ << "\" clipBegin=\""
         << FormatClockMs(begin_ms) << "\" clipEnd=\"" << FormatClockMs(end_ms) << "\"/></par>\n";
  }

 private:
  const int rate_;
  const std::string audio_;
  std::ostream& out_;
};

}  // namespace

void WriteEpubSmil(const Edition& edition, EpubSync sync, std::ostream& out) {
  const std::string article = EpubPaths::kArticle;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
         " version=\"3.0\">\n<body>\n";
  Overlay overlay(edition, out);
  const size_t none = edition.script.sections.size();
  size_t open_section = none;
  std::vector<Structure> structures;  // of the open section's blocks
  std::string open_structure;         // id of the table, figure or note being read
  const auto close_structure = [&] {
    if (!open_structure.empty()) out << "</seq>\n";
    open_structure.clear();
  };
  ForEachSentence(edition.script, [&](size_t s, const ScriptBlock& block, const Sentence& sentence,
                                      size_t index) {
    const ScriptSection& section = edition.script.sections[s];
    if (s != open_section) {
      close_structure();
      if (open_section != none) out << "</seq>\n";
      out << "<seq id=\"seq-section-" << s + 1 << "\" epub:textref=\"" << article << "#section-"
          << s + 1 << "\">\n";
      open_section = s;
      structures = StructuresOf(edition.script, s);
    }
    const Structure& structure = structures[&block - section.blocks.data()];
    if (structure.id != open_structure) {
      close_structure();
      if (!structure.id.empty()) {
        // epub:type makes it skippable (endnote) or escapable (table, figure) by the reader.
        out << "<seq id=\"seq-" << structure.id << "\" epub:type=\"" << structure.type
            << "\" epub:textref=\"" << article << "#" << structure.id << "\">\n";
        open_structure = structure.id;
      }
    }
    const SentenceTiming& timing = edition.timeline.sentences[index];
    const std::vector<DisplayWord> words = sync == EpubSync::kWord
                                               ? EpubWords(edition, block, sentence, index)
                                               : std::vector<DisplayWord>();
    if (words.empty()) {
      overlay.Par(sentence.id, timing.start_sample, timing.end_sample);
      return;
    }
    out << "<seq id=\"seq-" << sentence.id << "\" epub:textref=\"" << article << "#" << sentence.id
        << "\">\n";
    for (size_t w = 0; w < words.size(); ++w) {
      overlay.Par(EpubWordId(sentence, w), words[w].start_sample, words[w].end_sample);
    }
    out << "</seq>\n";
  });
  close_structure();
  if (open_section != none) out << "</seq>\n";
  out << "</body>\n</smil>\n";
}

}  // namespace spoken
