// The structures of an article a reader may want to skip or escape (EPUB 3.3 Media Overlays,
// skippability and escapability): tables, figures and notes. The EPUB's XHTML and SMIL and
// the transcript page all take them from here, so the element ids and the SMIL seqs agree.
#pragma once

#include <string>
#include <vector>

#include "text/script.h"

namespace spoken {

/// The structure a block is part of: its EPUB structural semantics (epub:type) and the id
/// of the element that holds it. `type` is empty for blocks in no structure.
struct Structure {
  std::string type;  // "table", "figure" or "endnote"
  std::string id;    // "table-s7" and "figure-s9" (after the first sentence), "note-2"
  bool operator==(const Structure&) const = default;
};

/// One Structure per block of section `s` of `script`, in order:
///   kTable with rows after it, and those kTableRow blocks: one table, id after the table's
///     first sentence (a run of kTableRow with no kTable before it is one table too; a
///     kTable with no rows, a summary of a table too large to read, is in none);
///   kFigure: a figure; kNote: an endnote, "note-N" for the N-th kNote of the script.
/// A block without sentences is in none.
std::vector<Structure> StructuresOf(const Script& script, size_t s);

/// The id of the element note `number` (from 1) is written in: "note-2".
std::string NoteId(int number);

}  // namespace spoken
