#include "text/locale_generic.h"

#include <unicode/dcfmtsym.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/smpdtfmt.h>
#include <unicode/uscript.h>

#include <optional>

namespace spoken {
namespace {

std::string Utf8Of(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  // ICU marks optional hyphenation points with U+00AD; eSpeak needs none.
  for (size_t at; (at = out.find("\xC2\xAD")) != std::string::npos;) out.erase(at, 2);
  return out;
}

std::string Trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return std::string(text);
}

// The first of `candidates` that the formatter has as a public rule set.
std::optional<std::string> FirstRuleSet(const icu::RuleBasedNumberFormat& format,
                                        std::initializer_list<const char*> candidates) {
  for (const char* candidate : candidates) {
    const icu::UnicodeString name(candidate, -1, US_INV);
    for (int32_t i = 0; i < format.getNumberOfRuleSetNames(); ++i) {
      if (format.getRuleSetName(i) == name) return std::string(candidate);
    }
  }
  return std::nullopt;
}

std::string Spell(icu::RuleBasedNumberFormat& format, double value, const std::string& set) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString words;
  icu::FieldPosition pos;
  format.format(value, icu::UnicodeString::fromUTF8(set), words, pos, status);
  return U_FAILURE(status) ? "" : Utf8Of(words);
}

// The word that `whole` puts between `before` and `after` ("one point five" -> "point");
// "" when `whole` is not built that way.
std::string WordBetween(const std::string& whole, const std::string& before,
                        const std::string& after) {
  if (whole.size() <= before.size() + after.size() || !whole.starts_with(before) ||
      !whole.ends_with(after)) {
    return "";
  }
  return Trimmed(
      std::string_view(whole).substr(before.size(), whole.size() - before.size() - after.size()));
}

// The separator ICU gives the locale when it is a full stop or a comma; `fallback` else.
char16_t AsciiSeparator(const icu::UnicodeString& symbol, char16_t fallback) {
  if (symbol.length() == 1 && (symbol.charAt(0) == u'.' || symbol.charAt(0) == u',')) {
    return symbol.charAt(0);
  }
  return fallback;
}

// True when ICU writes the locale's number words in Han ideographs ("十二", "二〇二四").
// eSpeak NG's Japanese voice says "Chinese letter" for each, in English, and its Chinese
// voices misread some ("〇"); every one of them reads digits in its own language.
bool WritesNumbersInHan(icu::RuleBasedNumberFormat& format, const std::string& rule_set) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString words;
  icu::FieldPosition pos;
  format.format(12.0, icu::UnicodeString::fromUTF8(rule_set), words, pos, status);
  for (int32_t i = 0; U_SUCCESS(status) && i < words.length(); i = words.moveIndex32(i, 1)) {
    if (uscript_getScript(words.char32At(i), &status) == USCRIPT_HAN) return true;
  }
  return false;
}

}  // namespace

std::unique_ptr<GenericLocaleData> GenericLocaleData::Create(std::string_view language) {
  std::unique_ptr<GenericLocaleData> out(new GenericLocaleData());
  out->language_ = std::string(language);
  LocaleData& data = out->data_;
  data.language = out->language_;
  const icu::Locale locale(out->language_.c_str());

  UErrorCode status = U_ZERO_ERROR;
  icu::DecimalFormatSymbols symbols(locale, status);
  data.decimal_separator =
      U_SUCCESS(status)
          ? AsciiSeparator(
                symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol), u'.')
          : u'.';
  data.group_separator = data.decimal_separator == u',' ? u'.' : u',';

  status = U_ZERO_ERROR;
  icu::DateFormatSymbols date_symbols(locale, status);
  if (U_SUCCESS(status)) {
    int32_t count = 0;
    const icu::UnicodeString* wide =
        date_symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < count && i < 12; ++i) out->months_[i] = Utf8Of(wide[i]);
    const icu::UnicodeString* brief = date_symbols.getMonths(count, icu::DateFormatSymbols::FORMAT,
                                                             icu::DateFormatSymbols::ABBREVIATED);
    for (int32_t i = 0; i < count && i < 12; ++i) {
      std::string abbreviation = Utf8Of(brief[i]);
      if (abbreviation.ends_with('.')) abbreviation.pop_back();
      // Numeric "abbreviations" (Japanese "1月") are no words to look for.
      if (abbreviation != out->months_[i] && !abbreviation.empty() &&
          !(abbreviation[0] >= '0' && abbreviation[0] <= '9')) {
        out->month_abbreviations_[i] = std::move(abbreviation);
      }
    }
  }
  for (size_t i = 0; i < 12; ++i) {
    data.months[i] = out->months_[i];
    data.month_abbreviations[i] = out->month_abbreviations_[i];
  }
  // The order of day and month in the locale's short date: "d/M/yy" or "M/d/yy".
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::DateFormat> short_date(
      icu::DateFormat::createDateInstance(icu::DateFormat::kShort, locale));
  data.numeric_date_order = DateOrder::kDayMonthYear;
  if (auto* simple = dynamic_cast<icu::SimpleDateFormat*>(short_date.get())) {
    icu::UnicodeString pattern;
    simple->toPattern(pattern);
    const int32_t day = pattern.indexOf(u'd'), month = pattern.indexOf(u'M');
    if (day >= 0 && month >= 0 && month < day) data.numeric_date_order = DateOrder::kMonthDayYear;
  }

  status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, locale, status);
  // ICU falls back to its root rules (digits, not words) for a language it has none for.
  out->has_spellout_ = U_SUCCESS(status) &&
                       out->language_ == format.getLocale(ULOC_ACTUAL_LOCALE, status).getLanguage();
  if (!out->has_spellout_) return out;
  const auto numbering = FirstRuleSet(format, {"%spellout-numbering", "%spellout-cardinal"});
  if (!numbering || WritesNumbersInHan(format, *numbering)) {
    out->has_spellout_ = false;
    return out;
  }
  out->plain_ = *numbering;
  out->amount_ = FirstRuleSet(format, {"%spellout-cardinal", "%spellout-cardinal-masculine",
                                       "%spellout-numbering"})
                     .value_or(out->plain_);
  out->ordinal_ =
      FirstRuleSet(format, {"%spellout-ordinal", "%spellout-ordinal-masculine"}).value_or("");
  out->year_ = FirstRuleSet(format, {"%spellout-numbering-year"}).value_or(out->plain_);
  for (int d = 0; d < 10; ++d) out->digits_[d] = Spell(format, d, out->plain_);
  out->point_ = WordBetween(Spell(format, 1.5, out->plain_), out->digits_[1], out->digits_[5]);
  out->minus_ = WordBetween(Spell(format, -1, out->plain_), "", out->digits_[1]);

  data.amount_rule_set = out->amount_;
  data.plain_rule_set = out->plain_;
  data.alone_rule_set = out->plain_;
  // A locale without ordinal words reads a date's day as a number.
  data.ordinal_rule_set = out->ordinal_.empty() ? out->amount_ : out->ordinal_;
  data.year_rule_set = out->year_;
  data.day_rule_set = out->amount_;
  for (size_t d = 0; d < 10; ++d) data.digits[d] = out->digits_[d];
  data.point = out->point_;
  data.minus = out->minus_;
  data.oh = out->digits_[0];
  // Words ICU has no data for stay marks eSpeak NG reads as a pause.
  data.to = "-";
  data.over = "/";
  return out;
}

}  // namespace spoken
