// TextRule: one class of written forms (dates, money, ...) and how to say them. The
// normalizer runs its rules in priority order over a sentence; each claims the spans it reads.
#pragma once

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "text/locale_data.h"
#include "text/number_words.h"
#include "text/spoken_form.h"

namespace spoken {

/// The rewrites of one sentence, in UTF-16 indices of the sentence. A span can be claimed
/// once: the first rule to claim it wins, so rules run from the most specific to the most
/// general.
class RewriteSet {
 public:
  struct Entry {
    int32_t begin, end;  // UTF-16 indices
    std::string spoken;  // UTF-8
    std::string rule;
  };

  explicit RewriteSet(int32_t length) : claimed_(static_cast<size_t>(length), false) {}

  bool IsFree(int32_t begin, int32_t end) const;
  /// Records that [begin, end) is said as `spoken`; false (and nothing recorded) when any
  /// part of the span is already claimed.
  bool Add(int32_t begin, int32_t end, std::string spoken, std::string_view rule);
  /// Claims [begin, end) as kept verbatim (markup, text a rule decided to leave alone).
  void Protect(int32_t begin, int32_t end);

  std::vector<Entry>& entries() { return entries_; }

 private:
  std::vector<bool> claimed_;
  std::vector<Entry> entries_;
};

/// A rule sees one sentence at a time and may look at the words around a span, never at
/// other sentences. The context each rule uses to decide (see the rule's file for detail):
/// - markup, citations, electronic addresses: the characters of the span only;
/// - telephone: a country code or an area code in parentheses makes any grouping a number;
/// - address: a house number needs a street type after the name; a region needs an address
///   before it in the sentence;
/// - time: a dot separator or four digits only before a.m./p.m. or the locale's time word;
/// - money, measure: the characters of the span (a one-letter unit before a number is
///   not a unit: "108 W 55th Street");
/// - date: the order written; the locale's order for numeric dates; the word before a
///   day-first date picks the ordinal's ending (German "am"); "the" is added only when
///   the author wrote neither "the" nor "of";
/// - year: the next word (a count noun makes a count), the word before for 1000-1099;
/// - math: a relation sign in the expression;
/// - Roman numerals: the word before (label, regnal name, title two words back, any
///   capitalized word), or the sentence's shape (a heading), or a numeral before it;
/// - abbreviations: the next word capitalized ("St Peter"), the previous word capitalized
///   ("Smith jr"), a place name and comma before ("Macon, Ga."); capitals without a vowel
///   are spelled unless the words around them are capitals too;
/// - numbers: German "2." by the word before (case) and after (a word, or nothing);
///   a number before a word counts it, alone it is said alone (German "eins"); a long
///   ungrouped number after a lowercase word counts ("numbering 326742") unless that word
///   names an identifier ("code 90210"); ISBN/ISSN before a code makes it digits;
///   a dash beside an identifier is no range;
/// - symbols: "#" before a number is "number";
/// - respellings (American "organisation" -> "organization"): the word's own letters.
/// The rule name in --explain carries the deciding context: "roman numeral (regnal name
/// Henry)", "date (after am)", "abbreviation (before a name)".
class TextRule {
 public:
  virtual ~TextRule() = default;
  /// Adds the rewrites this rule reads in `text` (one sentence) to `rewrites`.
  virtual void Find(const icu::UnicodeString& text, RewriteSet& rewrites) const = 0;
};

/// Everything a rule needs to build itself. All three must outlive the rules made from them.
struct RuleContext {
  const LocaleData& data;
  const NumberWords& numbers;
  const NormalizeOptions& options;
};

// Rule factories, one .cc per rule (word_rule.cc holds the abbreviation and symbol rules);
// each fails with kConfig on a bad pattern. text/spoken_form.cc lists them in the order they
// run, each with the characters that must occur in a sentence for it to run at all.
Result<std::unique_ptr<TextRule>> MakeMarkupRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeCitationRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeElectronicRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeTelephoneRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeAddressRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeDateRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeYearRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeTimeRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeMoneyRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeMeasureRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeMathRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeNumberRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeRomanRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeAbbreviationRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeSymbolRule(const RuleContext& context);
Result<std::unique_ptr<TextRule>> MakeSpellingRule(const RuleContext& context);

// Helpers shared by the rules.

/// A compiled ICU regular expression with one matcher, made once and reused by every
/// ForEach. Copies share that matcher, so a Pattern and its copies belong to one thread.
class Pattern {
 public:
  /// Fails with kConfig naming `name` when `regex` does not compile.
  static Result<Pattern> Compile(std::string_view name, const icu::UnicodeString& regex,
                                 uint32_t flags = 0);
  /// Calls `on_match` for every match in `text` (left to right, non-overlapping).
  /// Not reentrant: the matcher is reused from call to call (no allocation per sentence).
  void ForEach(const icu::UnicodeString& text,
               const std::function<void(icu::RegexMatcher&)>& on_match) const;

 private:
  std::shared_ptr<icu::RegexPattern> pattern_;
  std::shared_ptr<icu::RegexMatcher> matcher_;
};

icu::UnicodeString U16(std::string_view utf8);
std::string Utf8(const icu::UnicodeString& text);
/// Group `group` of the current match as UTF-8 ("" when the group did not take part).
std::string GroupText(icu::RegexMatcher& m, int group);
int32_t GroupStart(icu::RegexMatcher& m, int group);
int32_t GroupEnd(icu::RegexMatcher& m, int group);
/// "(?:a|b|c)" matching any of `words` literally, longest first.
icu::UnicodeString Alternation(const std::vector<std::string_view>& words);
/// The regex of a written number in the locale: optional minus, grouped or plain integer,
/// optional decimal part, or a bare decimal part (".5").
icu::UnicodeString NumberRegex(const LocaleData& data, bool allow_sign);
/// The replacement for `written` in `table`, or nullptr.
const Replacement* Lookup(std::span<const Replacement> table, std::string_view written,
                          bool any_case = false);
/// The ordinal rule set that the word before `begin` asks for (LocaleData::ordinal_cases),
/// and that word ("" when none decides and the locale's ordinal_rule_set applies).
struct OrdinalCaseChoice {
  std::string_view rule_set;
  std::string_view word;
};
OrdinalCaseChoice OrdinalCaseBefore(const icu::UnicodeString& text, int32_t begin,
                                    const LocaleData& data);

/// Joins non-empty parts with single spaces.
std::string Join(std::initializer_list<std::string_view> parts);

}  // namespace spoken
