#include "pronounce/alias.h"

#include <algorithm>

namespace spoken {
namespace {

class MapBuilder {
 public:
  // Appends `spoken_length` bytes made from display [display_begin, display_end).
  void Emit(size_t spoken_length, size_t display_begin, size_t display_end, bool verbatim) {
    if (verbatim && display_begin == cursor_ && display_end - display_begin == spoken_length) {
      map_.AppendVerbatim(spoken_length);
      cursor_ = display_end;
      return;
    }
    const size_t display_length = display_end > cursor_ ? display_end - cursor_ : 0;
    map_.AppendRewrite(spoken_length, display_length);
    cursor_ += display_length;
  }
  void Finish(size_t display_length) {
    if (display_length > cursor_) Emit(0, cursor_, display_length, false);
  }
  OffsetMap Take() { return std::move(map_); }

 private:
  OffsetMap map_;
  size_t cursor_ = 0;
};

}  // namespace

AliasedText ApplyAliases(std::string_view display, const LexiconSet& lexicons,
                         std::string_view language) {
  AliasedText out;
  size_t position = 0;
  for (const LexiconMatch& match : lexicons.FindAll(display, PronunciationKind::kAlias, language)) {
    out.text.append(display.substr(position, match.begin - position));
    out.map.AppendVerbatim(match.begin - position);
    out.text += match.entry->alias;
    out.map.AppendRewrite(match.entry->alias.size(), match.end - match.begin);
    position = match.end;
    ++out.replaced;
  }
  out.text.append(display.substr(position));
  out.map.AppendVerbatim(display.size() - position);
  return out;
}

OffsetMap ComposeOffsetMaps(const OffsetMap& outer, const OffsetMap& inner) {
  MapBuilder builder;
  const auto& inner_pieces = inner.pieces();
  for (const OffsetMap::Piece& piece : outer.pieces()) {
    const size_t spoken_length = piece.spoken_end - piece.spoken_begin;
    if (!piece.verbatim || piece.display_begin == piece.display_end) {
      if (piece.display_begin == piece.display_end) {
        builder.Emit(spoken_length, 0, 0, false);
      } else {
        const auto [begin, end] = inner.ToDisplay(piece.display_begin, piece.display_end);
        builder.Emit(spoken_length, begin, end, false);
      }
      continue;
    }
    // A verbatim piece: split it where the inner map's pieces change.
    for (size_t x = piece.display_begin; x < piece.display_end;) {
      auto it = std::upper_bound(
          inner_pieces.begin(), inner_pieces.end(), x,
          [](size_t value, const OffsetMap::Piece& p) { return value < p.spoken_end; });
      if (it == inner_pieces.end()) {
        builder.Emit(piece.display_end - x, inner.display_length(), inner.display_length(), false);
        break;
      }
      const size_t y = std::min(piece.display_end, it->spoken_end);
      if (it->verbatim) {
        const size_t begin = it->display_begin + (x - it->spoken_begin);
        builder.Emit(y - x, begin, begin + (y - x), true);
      } else {
        builder.Emit(y - x, it->display_begin, it->display_end, false);
      }
      x = y;
    }
  }
  builder.Finish(inner.display_length());
  return builder.Take();
}

}  // namespace spoken
