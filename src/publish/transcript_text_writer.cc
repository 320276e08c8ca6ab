#include "publish/transcript_text_writer.h"

#include <sstream>

#include "core/time_format.h"
#include "publish/markup.h"

namespace spoken {

void WriteTranscriptText(const Edition& edition, std::ostream& filtered_out) {
  const Script& script = edition.script;
  std::ostringstream out;
  out << script.info.title << "\n\n";
  int note = 0;
  for (size_t s = 0; s < script.sections.size(); ++s) {
    const ScriptSection& section = script.sections[s];
    const int64_t start_ms =
        SamplesToMs(edition.timeline.sections[s].start_sample, edition.timeline.sample_rate_hz);
    for (const ScriptBlock& block : section.blocks) {
      switch (block.kind) {
        case ScriptBlockKind::kAnnouncement:
          out << "[" << block.text << "]\n\n";
          break;
        case ScriptBlockKind::kHeading:
          out << "## " << block.text << " (" << FormatShortClockMs(start_ms) << ")\n\n";
          break;
        case ScriptBlockKind::kListItem:
          out << "- " << block.text << "\n\n";
          break;
        case ScriptBlockKind::kNote:
          out << ++note << ". " << block.text << "\n\n";
          break;
        case ScriptBlockKind::kQuote:
          out << "> " << block.text << "\n\n";
          break;
        case ScriptBlockKind::kParagraph:
        case ScriptBlockKind::kTable:
        case ScriptBlockKind::kTableRow:
        case ScriptBlockKind::kFigure:
        case ScriptBlockKind::kCode:
          out << block.text << "\n\n";
          break;
      }
    }
  }
  filtered_out << XmlCharsOnly(out.str());
}

}  // namespace spoken
