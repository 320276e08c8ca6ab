#include "document/article.h"

namespace spoken {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kListItem:
      return "list-item";
    case BlockKind::kQuote:
      return "quote";
    case BlockKind::kTableRow:
      return "table-row";
    case BlockKind::kTable:
      return "table";
    case BlockKind::kFigure:
      return "figure";
    case BlockKind::kCode:
      return "code";
    case BlockKind::kNote:
      return "note";
  }
  return "paragraph";
}

}  // namespace spoken
