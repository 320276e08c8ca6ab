#include "text/offset_map.h"

#include <algorithm>

namespace spoken {

OffsetMap OffsetMap::Identity(size_t length) {
  OffsetMap map;
  map.AppendVerbatim(length);
  return map;
}

void OffsetMap::AppendVerbatim(size_t length) {
  if (length == 0) return;
  if (!pieces_.empty() && pieces_.back().verbatim) {
    pieces_.back().spoken_end += length;
    pieces_.back().display_end += length;
    return;
  }
  const size_t spoken = spoken_length(), display = display_length();
  pieces_.push_back({spoken, spoken + length, display, display + length, true});
}

void OffsetMap::AppendRewrite(size_t spoken_length_bytes, size_t display_length_bytes) {
  if (spoken_length_bytes == 0 && display_length_bytes == 0) return;
  const size_t spoken = spoken_length(), display = display_length();
  pieces_.push_back(
      {spoken, spoken + spoken_length_bytes, display, display + display_length_bytes, false});
}

void OffsetMap::Extend(const OffsetMap& other) {
  for (const Piece& piece : other.pieces_) {
    if (piece.verbatim) {
      AppendVerbatim(piece.spoken_end - piece.spoken_begin);
    } else {
      AppendRewrite(piece.spoken_end - piece.spoken_begin, piece.display_end - piece.display_begin);
    }
  }
}

std::pair<size_t, size_t> OffsetMap::ToDisplay(size_t spoken_begin, size_t spoken_end) const {
  if (pieces_.empty()) return {0, 0};
  auto display_of = [this](size_t offset, bool is_end) -> size_t {
    // The piece containing `offset` (for an end offset, the piece containing offset - 1).
    const size_t probe = is_end && offset > 0 ? offset - 1 : offset;
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), probe,
                               [](size_t value, const Piece& p) { return value < p.spoken_end; });
    if (it == pieces_.end()) return pieces_.back().display_end;
    if (it->verbatim) return it->display_begin + (offset - it->spoken_begin);
    return is_end ? it->display_end : it->display_begin;
  };
  const size_t begin = display_of(spoken_begin, false);
  const size_t end = std::max(begin, display_of(spoken_end, true));
  return {begin, end};
}

}  // namespace spoken
