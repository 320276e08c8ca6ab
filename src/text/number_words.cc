#include "text/number_words.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>

namespace spoken {
namespace {

constexpr size_t kInt64Digits = 18;   // ICU's rules spell numbers below 10^18
constexpr size_t kDoubleDigits = 15;  // decimal digits a double holds exactly

std::string_view StripLeadingZeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return digits;
}

void AppendUtf8(std::string& out, std::string_view text) { out.append(text.data(), text.size()); }

}  // namespace

struct NumberWords::Impl {
  std::unique_ptr<icu::RuleBasedNumberFormat> format;
};

NumberWords::NumberWords(const LocaleData& data, std::unique_ptr<Impl> impl)
    : data_(data), impl_(std::move(impl)) {}
NumberWords::~NumberWords() = default;

Result<std::unique_ptr<NumberWords>> NumberWords::Create(const LocaleData& data) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(std::string(data.language).c_str());
  icu::RuleBasedNumberFormat builtin(icu::URBNF_SPELLOUT, locale, status);
  if (U_FAILURE(status)) {
    return ConfigError("no ICU spellout rules for " + std::string(data.language));
  }
  // The locale's own rule sets plus ours, so that ours can call theirs by name.
  icu::UnicodeString rules = builtin.getRules();
  rules += icu::UnicodeString::fromUTF8(icu::StringPiece(
      data.extra_rbnf_rules.data(), static_cast<int32_t>(data.extra_rbnf_rules.size())));
  UParseError parse_error;
  auto impl = std::make_unique<Impl>();
  impl->format = std::make_unique<icu::RuleBasedNumberFormat>(rules, locale, parse_error, status);
  if (U_FAILURE(status)) {
    return ConfigError("spellout rules for " + std::string(data.language) + ", line " +
                       std::to_string(parse_error.line) + ": " + u_errorName(status));
  }
  for (std::string_view name : {data.amount_rule_set, data.plain_rule_set, data.alone_rule_set,
                                data.ordinal_rule_set, data.year_rule_set}) {
    UErrorCode check = U_ZERO_ERROR;
    icu::UnicodeString probe;
    icu::FieldPosition pos;
    impl->format->format(int64_t{1}, icu::UnicodeString::fromUTF8(std::string(name)), probe, pos,
                         check);
    if (U_FAILURE(check)) {
      return ConfigError("no spellout rule set " + std::string(name) + " for " +
                         std::string(data.language));
    }
  }
  return std::unique_ptr<NumberWords>(new NumberWords(data, std::move(impl)));
}

std::string NumberWords::Format(std::string_view digits, std::string_view rule_set) const {
  digits = StripLeadingZeros(digits);
  if (digits.empty()) return "";
  if (digits.size() > kInt64Digits) {
    // Above ICU's range: say the part above 10^18 with its own scale word.
    const std::string_view high = digits.substr(0, digits.size() - kInt64Digits);
    const std::string_view low = StripLeadingZeros(digits.substr(digits.size() - kInt64Digits));
    std::string out = Format(high, data_.plain_rule_set);
    out += ' ';
    AppendUtf8(out, data_.above_quintillion);
    if (low != "0") {
      out += ' ';
      const bool amount_and = rule_set == data_.amount_rule_set &&
                              data_.amount_rule_set != data_.plain_rule_set && low.size() <= 2;
      if (amount_and) {
        AppendUtf8(out, data_.and_word);
        out += ' ';
      }
      out += Format(low, rule_set);
    }
    return out;
  }
  int64_t value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  icu::UnicodeString words;
  icu::FieldPosition pos;
  UErrorCode status = U_ZERO_ERROR;
  impl_->format->format(value, icu::UnicodeString::fromUTF8(std::string(rule_set)), words, pos,
                        status);
  if (U_FAILURE(status)) return std::string(digits);
  std::string out;
  words.toUTF8String(out);
  // ICU marks optional hyphenation points in German with U+00AD; eSpeak needs none.
  for (size_t at; (at = out.find("\xC2\xAD")) != std::string::npos;) out.erase(at, 2);
  return out;
}

std::string NumberWords::Cardinal(std::string_view digits, NumberStyle style) const {
  switch (style) {
    case NumberStyle::kAmount:
      return Format(digits, data_.amount_rule_set);
    case NumberStyle::kPlain:
      return Format(digits, data_.plain_rule_set);
    case NumberStyle::kAlone:
      return Format(digits, data_.alone_rule_set);
    case NumberStyle::kFeminine:
      return Format(digits, data_.feminine_rule_set.empty() ? data_.amount_rule_set
                                                            : data_.feminine_rule_set);
  }
  return "";
}

std::string NumberWords::Ordinal(std::string_view digits) const {
  return Format(digits, data_.ordinal_rule_set);
}

std::string NumberWords::Year(std::string_view digits) const {
  if (digits.size() == 2 && digits[0] == '0') {
    return std::string(data_.oh) + " " + Format(digits.substr(1), data_.plain_rule_set);
  }
  if (digits.size() == 3 && data_.years_in_pairs) return InPairs(digits);
  return Format(digits, data_.year_rule_set);
}

std::string NumberWords::InPairs(std::string_view digits) const {
  if (digits.size() != 3 || digits.substr(1) == "00") return Format(digits, data_.plain_rule_set);
  std::string out = Format(digits.substr(0, 1), data_.plain_rule_set) + " ";
  if (digits[1] == '0') {
    AppendUtf8(out, data_.oh);
    out += ' ';
  }
  return out + Format(digits.substr(1), data_.plain_rule_set);
}

std::string NumberWords::Digits(std::string_view digits) const {
  const bool one_digit =
      std::count_if(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) == 1;
  const bool oh = data_.oh_in_digit_strings && !one_digit;
  std::string out;
  for (char c : digits) {
    if (c < '0' || c > '9') continue;
    if (!out.empty()) out += ' ';
    AppendUtf8(out, c == '0' && oh ? data_.oh : data_.digits[c - '0']);
  }
  return out;
}

std::string NumberWords::Number(std::string_view written, NumberStyle style) const {
  WrittenNumber number;
  if (!ParseWrittenNumber(written, data_, number)) return "";
  std::string out;
  if (number.negative) {
    AppendUtf8(out, data_.minus);
    out += ' ';
  }
  if (number.has_point && data_.point.empty()) return out + SpellDecimal(number);
  if (!number.integer.empty()) {
    out += Cardinal(number.integer, number.has_point ? NumberStyle::kAlone : style);
  }
  if (number.has_point) {
    if (!number.integer.empty()) out += ' ';
    AppendUtf8(out, data_.point);
    if (!number.fraction.empty()) out += ' ' + DecimalPart(number.fraction);
  }
  return out;
}

std::string NumberWords::SpellDecimal(const WrittenNumber& number) const {
  // Within a double's exact digits only; beyond them, digit by digit.
  const std::string value = (number.integer.empty() ? "0" : number.integer) + "." +
                            (number.fraction.empty() ? "0" : number.fraction);
  double parsed = 0;
  if (value.size() > kDoubleDigits + 1 ||
      std::from_chars(value.data(), value.data() + value.size(), parsed).ec != std::errc()) {
    return Digits(number.integer + number.fraction);
  }
  icu::UnicodeString words;
  icu::FieldPosition pos;
  UErrorCode status = U_ZERO_ERROR;
  impl_->format->format(parsed, icu::UnicodeString::fromUTF8(std::string(data_.plain_rule_set)),
                        words, pos, status);
  if (U_FAILURE(status)) return Digits(number.integer + number.fraction);
  std::string out;
  words.toUTF8String(out);
  return out;
}

std::string NumberWords::DecimalPart(std::string_view digits) const {
  if (!data_.decimals_as_number) return Digits(digits);
  size_t zeros = 0;
  while (zeros < digits.size() && digits[zeros] == '0') ++zeros;
  std::string out = Digits(digits.substr(0, zeros));
  auto append = [&out](const std::string& words) {
    if (!out.empty() && !words.empty()) out += ' ';
    out += words;
  };
  std::string_view rest = digits.substr(zeros);
  if (rest.size() <= 3) {
    append(Format(rest, data_.plain_rule_set));
    return out;
  }
  for (; !rest.empty(); rest.remove_prefix(std::min<size_t>(2, rest.size()))) {
    const std::string_view pair = rest.substr(0, 2);
    append(pair[0] == '0' ? Digits(pair) : Format(pair, data_.plain_rule_set));
  }
  return out;
}

std::string NumberWords::Denominator(std::string_view digits, bool plural) const {
  digits = StripLeadingZeros(digits);
  for (const Replacement& r : plural ? data_.denominators_plural : data_.denominators_singular) {
    if (r.written == digits) return std::string(r.spoken);
  }
  if (data_.denominator_suffix_below_100 && digits.size() > 2) {
    // Spanish "un ducentésimo" but "uno sobre ciento treinta y cuatro": only round
    // hundreds and thousands have an ordinal denominator; others are read as ratios.
    if (digits.find_first_not_of('0', 1) != std::string_view::npos) return "";
    // A partitive is one word, without the ordinal's "un" ("un millonésimo"): the
    // numerator says it. "cien milésimo" -> "cienmilésimo".
    std::string out = Ordinal(digits);
    if (out.starts_with("un ")) out.erase(0, 3);
    std::erase(out, ' ');
    if (plural) AppendUtf8(out, data_.plural_suffix);
    return out;
  }
  if (!data_.denominator_suffix.empty()) {
    std::string out = Format(digits, data_.denominator_rule_set);
    for (const Replacement& join : data_.denominator_joins) {
      for (size_t at = 0; (at = out.find(join.written, at)) != std::string::npos;) {
        out.replace(at, join.written.size(), join.spoken);
        at += join.spoken.size();
      }
    }
    for (const Replacement& ending : data_.denominator_endings) {
      if (!out.ends_with(ending.written)) continue;
      out.replace(out.size() - ending.written.size(), ending.written.size(), ending.spoken);
      break;
    }
    AppendUtf8(out, data_.denominator_suffix);
    if (data_.denominator_suffix_below_100 && plural) AppendUtf8(out, data_.plural_suffix);
    return out;
  }
  if (data_.plural_suffix.empty()) return "";
  std::string out = Ordinal(digits);
  if (plural) AppendUtf8(out, data_.plural_suffix);
  return out;
}

std::string NumberWords::Fraction(std::string_view whole, std::string_view numerator,
                                  std::string_view denominator) const {
  auto join = [](std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view part : parts) {
      if (part.empty()) continue;
      if (!out.empty()) out += ' ';
      AppendUtf8(out, part);
    }
    return out;
  };
  const std::string whole_words = whole.empty() ? "" : Cardinal(whole);
  const std::string_view num = StripLeadingZeros(numerator);
  const std::string_view den = StripLeadingZeros(denominator);
  int64_t n = 0, d = 0;
  std::from_chars(num.data(), num.data() + num.size(), n);
  std::from_chars(den.data(), den.data() + den.size(), d);
  // "120/80" (blood pressure, scores): a ratio, not eightieths.
  const std::string denominator_words =
      den == "1" || (den.size() >= 2 && n >= d) ? "" : Denominator(den, num != "1");
  if (denominator_words.empty()) {
    const std::string ratio =
        join({Cardinal(num, NumberStyle::kPlain), data_.over, Cardinal(den, NumberStyle::kPlain)});
    return join({whole_words, whole.empty() ? "" : data_.and_word, ratio});
  }
  if (num == "1" && !whole.empty()) return join({whole_words, data_.and_a, denominator_words});
  return join(
      {whole_words, whole.empty() ? "" : data_.fraction_and, Cardinal(num), denominator_words});
}

bool ParseWrittenNumber(std::string_view written, const LocaleData& data, WrittenNumber& out) {
  out = WrittenNumber{};
  size_t i = 0;
  if (written.substr(0, 1) == "-") {
    out.negative = true;
    i = 1;
  } else if (written.substr(0, 3) == "\xE2\x88\x92") {  // U+2212 MINUS SIGN
    out.negative = true;
    i = 3;
  }
  const char group = static_cast<char>(data.group_separator);
  const char decimal = static_cast<char>(data.decimal_separator);
  size_t digits_in_group = 0;
  bool any_digit = false;
  for (; i < written.size(); ++i) {
    const char c = written[i];
    if (c >= '0' && c <= '9') {
      (out.has_point ? out.fraction : out.integer) += c;
      ++digits_in_group;
      any_digit = true;
    } else if ((c == group || (c == ' ' && data.space_groups)) && !out.has_point &&
               !out.integer.empty() &&
               (out.grouped ? digits_in_group == 3 : digits_in_group <= 3)) {
      out.grouped = true;
      digits_in_group = 0;
    } else if (c == decimal && !out.has_point) {
      if (out.grouped && digits_in_group != 3) return false;
      out.has_point = true;
    } else {
      return false;
    }
  }
  if (out.grouped && !out.has_point && digits_in_group != 3) return false;
  return any_digit;
}

}  // namespace spoken
