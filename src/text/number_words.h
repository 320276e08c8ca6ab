// NumberWords: numbers as words for one locale, from ICU RuleBasedNumberFormat rule sets.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "text/locale_data.h"

namespace spoken {

enum class NumberStyle {
  kAmount,    // a quantity: "one hundred and five" (English), "einhundertfünf"
  kPlain,     // a label, a code or a fraction part: "one hundred five"
  kAlone,     // said on its own, or before a decimal point: German "eins" (not "ein")
  kFeminine,  // an amount of a feminine noun: Spanish "doscientas millas", "una hora"
};

struct WrittenNumber;

/// Spells numbers with the ICU spellout rule sets that `LocaleData` names. All text is
/// UTF-8; digit arguments are ASCII digits without separators (leading zeros allowed).
/// Not thread-safe (ICU formatters keep state); `data` must outlive this object.
class NumberWords {
 public:
  /// Fails with kConfig when ICU has no spellout rules for the language or a named rule
  /// set is missing.
  static Result<std::unique_ptr<NumberWords>> Create(const LocaleData& data);
  ~NumberWords();

  std::string Cardinal(std::string_view digits, NumberStyle style = NumberStyle::kAmount) const;
  std::string Ordinal(std::string_view digits) const;
  /// `digits` with a named rule set of the locale (e.g. "%spellout-ordinal-n").
  std::string Spell(std::string_view digits, std::string_view rule_set) const {
    return Format(digits, rule_set);
  }
  /// "2026" -> "twenty twenty-six"; "98" -> "ninety-eight"; "05" -> "oh five"; three
  /// digits in pairs where the locale reads years so ("453" -> "four fifty-three").
  std::string Year(std::string_view digits) const;
  /// Three digits as a digit and a pair, the way house numbers and early years are said:
  /// "340" -> "three forty", "405" -> "four oh five", "300" -> "three hundred".
  std::string InPairs(std::string_view digits) const;
  /// "0195" -> "zero one nine five"; "oh one nine five" where the locale says oh in digit
  /// strings (LocaleData::oh_in_digit_strings); a single "0" is always "zero".
  std::string Digits(std::string_view digits) const;
  /// A written number with the locale's separators: "-1,234.50" ->
  /// "minus one thousand two hundred and thirty-four point five zero"; ".5" -> "point five".
  /// The part before a decimal point is said kAlone. Where the locale has no point word
  /// (LocaleData::point empty: ICU's Russian says "три целых пять десятых", not "three
  /// point five"), ICU spells the whole decimal value. A minus sign may be '-' or U+2212.
  /// Returns "" when `written` is not a number.
  std::string Number(std::string_view written, NumberStyle style = NumberStyle::kAmount) const;
  /// The digits after a decimal separator: digit by digit, or as numbers where the locale
  /// reads them so (LocaleData::decimals_as_number: "14" -> "catorce").
  std::string DecimalPart(std::string_view digits) const;
  /// The denominator word: (4, false) -> "quarter", (3, true) -> "thirds"; German
  /// (3) -> "Drittel" (the ordinal "dritte" plus LocaleData::denominator_suffix).
  std::string Denominator(std::string_view digits, bool plural) const;
  /// A fraction, with an optional whole part (digits, "" for none): ("", 3, 4) -> "three
  /// quarters", (2, 1, 2) -> "two and a half", German -> "zweieinhalb"; a numerator at
  /// least as large as a two-digit denominator is a ratio: "120 over 80".
  std::string Fraction(std::string_view whole, std::string_view numerator,
                       std::string_view denominator) const;

  const LocaleData& data() const { return data_; }

 private:
  struct Impl;
  NumberWords(const LocaleData& data, std::unique_ptr<Impl> impl);
  std::string Format(std::string_view digits, std::string_view rule_set) const;
  // A number with a decimal part as ICU's plain rule set spells its value.
  std::string SpellDecimal(const WrittenNumber& number) const;
  const LocaleData& data_;
  std::unique_ptr<Impl> impl_;
};

/// Parsed parts of a written number: sign, integer digits, fraction digits.
struct WrittenNumber {
  bool negative = false;
  std::string integer;   // ASCII digits, no separators; may be empty (".5")
  std::string fraction;  // ASCII digits after the decimal separator; empty if none
  bool has_point = false;
  bool grouped = false;  // written with group separators ("13,000")
};

/// Parses `written` with the locale's separators; false when it is not a plain number.
bool ParseWrittenNumber(std::string_view written, const LocaleData& data, WrittenNumber& out);

}  // namespace spoken
