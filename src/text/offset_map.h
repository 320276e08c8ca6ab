// OffsetMap: where each byte of a spoken text came from in its display text.
#pragma once

#include <cstddef>
#include <vector>

namespace spoken {

/// A monotone, piecewise map from spoken byte offsets to display byte offsets.
/// Each piece says "spoken [spoken_begin, spoken_end) was made from display
/// [display_begin, display_end)". Pieces are contiguous and ordered on both sides.
/// A verbatim piece copies bytes one to one; a rewrite piece maps only as a whole.
class OffsetMap {
 public:
  struct Piece {
    size_t spoken_begin, spoken_end;
    size_t display_begin, display_end;
    bool verbatim;
  };

  /// The identity map for a text of `length` bytes.
  static OffsetMap Identity(size_t length);

  /// Appends `length` bytes copied unchanged from display to spoken text.
  void AppendVerbatim(size_t length);
  /// Appends spoken bytes that replace `display_length` display bytes (either may be 0).
  void AppendRewrite(size_t spoken_length, size_t display_length);

  /// Appends all pieces of `other`, shifted to follow this map's end.
  void Extend(const OffsetMap& other);

  /// The display range that spoken range [begin, end) was made from. A range inside a
  /// rewritten piece (such as "twenty twenty-six" for "2026") maps to the whole piece.
  std::pair<size_t, size_t> ToDisplay(size_t spoken_begin, size_t spoken_end) const;

  size_t spoken_length() const { return pieces_.empty() ? 0 : pieces_.back().spoken_end; }
  size_t display_length() const { return pieces_.empty() ? 0 : pieces_.back().display_end; }
  const std::vector<Piece>& pieces() const { return pieces_; }

 private:
  std::vector<Piece> pieces_;
};

}  // namespace spoken
