// Alias substitution (PLS <alias>, e.g. WHO -> World Health Organization). It runs on the
// display text BEFORE the spoken-form normalizer, so that numbers and units inside an
// alias are normalized like any other text, while the transcript keeps the original.
#pragma once

#include <string>
#include <string_view>

#include "pronounce/lexicon_set.h"
#include "text/offset_map.h"

namespace spoken {

struct AliasedText {
  std::string text;  // `display` with every alias grapheme replaced by its alias (UTF-8)
  /// text -> display byte offsets: verbatim outside aliases; each alias is one rewrite
  /// piece covering the whole grapheme, so a word of the alias maps to the grapheme.
  OffsetMap map;
  int replaced = 0;  // how many aliases were applied
};

/// Replaces alias graphemes in `display` (one sentence, UTF-8, in `language`) by their
/// aliases, under the matching rules of LexiconSet. Thread-safe for a shared `lexicons`.
///
/// pronounce/aliasing_normalizer.cc is where the pipeline calls it: it wraps the spoken-form
/// normalizer that text/script_builder.cc runs on every sentence, and does, per sentence:
///   AliasedText aliased = ApplyAliases(display, lexicons, language);
///   SpokenText normalized = normalizer.Normalize(aliased.text);
///   spoken text = normalized.spoken; map = ComposeOffsetMaps(normalized.map, aliased.map).
AliasedText ApplyAliases(std::string_view display, const LexiconSet& lexicons,
                         std::string_view language);

/// The map spoken -> display from `outer` (spoken -> middle) and `inner` (middle ->
/// display). Verbatim where both are verbatim; elsewhere rewrite pieces that cover the
/// display bytes the middle bytes came from, kept contiguous and in order.
OffsetMap ComposeOffsetMaps(const OffsetMap& outer, const OffsetMap& inner);

}  // namespace spoken
