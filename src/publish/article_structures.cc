#include "publish/article_structures.h"

namespace spoken {

std::string NoteId(int number) { return "note-" + std::to_string(number); }

std::vector<Structure> StructuresOf(const Script& script, size_t s) {
  int notes_before = 0;
  for (size_t earlier = 0; earlier < s; ++earlier) {
    for (const ScriptBlock& block : script.sections[earlier].blocks) {
      notes_before += block.kind == ScriptBlockKind::kNote ? 1 : 0;
    }
  }
  const std::vector<ScriptBlock>& blocks = script.sections[s].blocks;
  std::vector<Structure> structures(blocks.size());
  for (size_t b = 0; b < blocks.size(); ++b) {
    const ScriptBlock& block = blocks[b];
    if (block.kind == ScriptBlockKind::kNote) ++notes_before;
    if (block.sentences.empty()) continue;
    const std::string& first = block.sentences.front().id;
    switch (block.kind) {
      case ScriptBlockKind::kTable:
        if (b + 1 < blocks.size() && blocks[b + 1].kind == ScriptBlockKind::kTableRow) {
          structures[b] = {"table", "table-" + first};
        }
        break;
      case ScriptBlockKind::kTableRow:
        structures[b] = b > 0 && structures[b - 1].type == "table"
                            ? structures[b - 1]
                            : Structure{"table", "table-" + first};
        break;
      case ScriptBlockKind::kFigure:
        structures[b] = {"figure", "figure-" + first};
        break;
      case ScriptBlockKind::kNote:
        structures[b] = {"endnote", NoteId(notes_before)};
        break;
      default:
        break;
    }
  }
  return structures;
}

}  // namespace spoken
