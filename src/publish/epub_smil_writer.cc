#include "publish/epub_smil_writer.h"

#include <algorithm>

#include "core/time_format.h"
#include "publish/epub_writer.h"
#include "publish/markup.h"

namespace spoken {

void WriteEpubSmil(const Edition& edition, std::ostream& out) {
  const int rate = edition.timeline.sample_rate_hz;
  const std::string audio = EscapeXml(EpubPaths::Audio(edition));
  const std::string article = EpubPaths::kArticle;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
         " version=\"3.0\">\n<body>\n";
  size_t open_section = edition.script.sections.size();  // none yet
  ForEachSentence(
      edition.script, [&](size_t s, const ScriptBlock&, const Sentence& sentence, size_t index) {
        if (s != open_section) {
          if (open_section != edition.script.sections.size()) out << "</seq>\n";
          out << "<seq id=\"seq-section-" << s + 1 << "\" epub:textref=\"" << article << "#section-"
              << s + 1 << "\">\n";
          open_section = s;
        }
        const SentenceTiming& timing = edition.timeline.sentences[index];
        const int64_t begin_ms = SamplesToMs(timing.start_sample, rate);
        const int64_t end_ms = std::max(SamplesToMs(timing.end_sample, rate), begin_ms + 1);
        out << "<par id=\"par-" << sentence.id << "\"><text src=\"" << article << "#" << sentence.id
            << "\"/><audio src=\"" << audio << "\" clipBegin=\"" << FormatClockMs(begin_ms)
            << "\" clipEnd=\"" << FormatClockMs(end_ms) << "\"/></par>\n";
      });
  if (open_section != edition.script.sections.size()) out << "</seq>\n";
  out << "</body>\n</smil>\n";
}

}  // namespace spoken
