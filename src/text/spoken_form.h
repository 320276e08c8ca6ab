// Spoken-form normalization: turns one sentence of display text into the words a careful
// human reader would say, keeping the map back to what the author wrote.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "document/article.h"
#include "text/offset_map.h"

namespace spoken {

struct NormalizeOptions {
  std::string locale = "en-US";                     // BCP 47; picks the rule data and ICU locale
  CitationStyle citations = CitationStyle::kBrief;  // how "(Li et al., 2026)" is read
  bool typography_only = false;  // only the typographic clean-up, no spoken-form rules
                                 // (the baseline of bench/normalize_bench.cc)
};

/// How much of a language's written forms the rules read (the README's table of languages).
enum class RuleLevel {
  kFull,        // hand-written rule data (text/locale_*.cc): numbers, ordinals, dates, times,
                // money, units, telephone numbers, abbreviations
  kGeneric,     // ICU's data for the locale only: number words, ordinals, years, numeric dates
                // with the locale's month names; the rest is left to eSpeak NG
  kTypography,  // ICU has no number words for the language, or none eSpeak NG reads (Han
                // ideographs): typography only, numbers left to eSpeak NG
};

/// The level of rules for a BCP 47 tag; kConfig when it is not a language tag.
Result<RuleLevel> RuleLevelOf(std::string_view bcp47);

/// "full", "generic" or "typography only".
const char* RuleLevelName(RuleLevel level);

/// One change the normalizer made, for `spoken normalize --explain`.
struct Rewrite {
  size_t display_begin = 0;  // byte range in the display text
  size_t display_end = 0;
  std::string spoken;  // what replaced it
  std::string rule;    // the rule that fired, e.g. "year"
};

struct SpokenText {
  std::string spoken;
  OffsetMap map;                  // spoken -> display byte offsets
  std::vector<Rewrite> rewrites;  // in display order
};

/// Holds the compiled ICU rule sets for one locale. Create once (about 20 ms: ICU rule
/// sets and patterns are compiled), use for many texts (about 20 µs a sentence).
/// The rules (text_rule.h) run from the most specific to the most general: markup,
/// citations, electronic addresses, telephone numbers, addresses, times, money, measures,
/// dates, years, equations, Roman numerals, abbreviations, numbers and serials, symbols,
/// then typography; the first rule to claim a span reads it.
/// Not thread-safe (ICU formatters and regex matchers keep state); use one per thread.
class SpokenFormNormalizer {
 public:
  /// A language without hand-written rule data gets the generic rules (RuleLevelOf).
  /// Fails with kConfig when the tag is no language tag or ICU cannot build a rule set.
  static Result<std::unique_ptr<SpokenFormNormalizer>> Create(const NormalizeOptions& options);
  virtual ~SpokenFormNormalizer() = default;

  /// The spoken form of `display` (UTF-8). Never fails: text no rule matches is kept.
  virtual SpokenText Normalize(std::string_view display) const = 0;
};

}  // namespace spoken
