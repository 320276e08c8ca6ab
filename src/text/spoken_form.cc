#include "text/spoken_form.h"

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "text/locale_generic.h"
#include "text/number_words.h"
#include "text/text_rule.h"

namespace spoken {
namespace {

// Typographic characters eSpeak NG reads badly or not at all (engine-notes §2, §8): curly
// quotes, dashes, bullets, invisible spaces, the ellipsis. Accents stay: eSpeak reads them.
constexpr char16_t kTypographyRules[] =
    u"[\\u2018\\u2019\\u201A\\u201B\\u2032`\\u00B4] > \\'; "
    u"[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB] > \\\"; "
    u"[\\u2010\\u2011\\u2012] > '-'; "
    u"\\u2013 > ' - '; [\\u2014\\u2015] > ', '; "
    u"[\\u2022\\u2023\\u25E6\\u2043\\u2219\\u00B7] > ' '; "
    u"[\\u00A0\\u2007\\u202F\\u2009\\u200A\\u2002\\u2003] > ' '; "
    u"[\\u200B\\u200C\\u200D\\uFEFF\\u00AD] > ; \\u2026 > '...'; ";

// UTF-8 byte offset of every UTF-16 index of `text` (size length()+1).
std::vector<size_t> Utf8OffsetsOfUtf16(const icu::UnicodeString& text) {
  std::vector<size_t> offsets(text.length() + 1, 0);
  size_t bytes = 0;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    const int units = U16_LENGTH(c);
    for (int u = 0; u < units; ++u) offsets[i + u] = bytes;
    bytes += U8_LENGTH(c);
    i += units;
  }
  offsets[text.length()] = bytes;
  return offsets;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

class IcuSpokenFormNormalizer final : public SpokenFormNormalizer {
 public:
  // `numbers` is null only for a language without number words; no rule is added then.
  IcuSpokenFormNormalizer(std::unique_ptr<NormalizeOptions> options,
                          std::unique_ptr<GenericLocaleData> generic, const LocaleData& data,
                          std::unique_ptr<NumberWords> numbers,
                          std::unique_ptr<icu::Transliterator> typography)
      : options_(std::move(options)),
        generic_(std::move(generic)),
        data_(data),
        numbers_(std::move(numbers)),
        typography_(std::move(typography)) {}

  // `trigger`: the characters without which the rule cannot match; a sentence with none of
  // them skips the rule (most sentences of an article have no digit at all).
  Status AddRule(Result<std::unique_ptr<TextRule>> rule, const char16_t* trigger) {
    if (!rule.ok()) return rule.error();
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet set(icu::UnicodeString(trigger), status);
    if (U_FAILURE(status)) return ConfigError("rule trigger: " + std::string(u_errorName(status)));
    set.freeze();
    rules_.push_back({std::move(rule).value(), std::move(set)});
    return Status::Ok();
  }

  RuleContext context() const { return {data_, *numbers_, *options_}; }

  SpokenText Normalize(std::string_view display) const override {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(display.data(), static_cast<int32_t>(display.size())));
    RewriteSet set(text.length());
    for (const auto& [rule, trigger] : rules_) {
      if (trigger.span(text, 0, USET_SPAN_NOT_CONTAINED) < text.length()) rule->Find(text, set);
    }
    FindTypography(text, set);
    const std::vector<size_t> byte_of = Utf8OffsetsOfUtf16(text);
    std::vector<Rewrite> rewrites;
    rewrites.reserve(set.entries().size());
    for (RewriteSet::Entry& entry : set.entries()) {
      rewrites.push_back({byte_of[entry.begin], byte_of[entry.end], std::move(entry.spoken),
                          std::move(entry.rule)});
    }
    std::sort(rewrites.begin(), rewrites.end(),
              [](const Rewrite& a, const Rewrite& b) { return a.display_begin < b.display_begin; });
    // A rewrite that took the sentence's full stop with it ("5 p.m.", "etc.") gives it back,
    // so that the sentence still ends for the synthesizer.
    if (!rewrites.empty() && !display.empty() && display.back() == '.' &&
        rewrites.back().display_end == display.size() && !rewrites.back().spoken.empty() &&
        rewrites.back().spoken.back() != '.') {
      rewrites.back().spoken += '.';
    }
    return Apply(display, std::move(rewrites));
  }

 private:
  void FindTypography(const icu::UnicodeString& text, RewriteSet& set) const {
    for (int32_t i = 0; i < text.length();) {
      const UChar32 c = text.char32At(i);
      const int units = U16_LENGTH(c);
      const bool joins_words = c == 0x2013 && i > 0 && i + 1 < text.length() &&
                               u_isalpha(text.char32At(i - 1)) && u_isalpha(text.char32At(i + 1));
      if ((c == 0x2014 || c == 0x2015 ||
           (c == 0x2013 && !BetweenQuantities(text, i) && !joins_words)) &&
          set.IsFree(i, i + units)) {
        // A dash between phrases is a pause; the spaces around it go with it ("tissue, and").
        int32_t begin = i, end = i + units;
        while (begin > 0 && text.charAt(begin - 1) == u' ' && set.IsFree(begin - 1, begin)) --begin;
        while (end < text.length() && text.charAt(end) == u' ' && set.IsFree(end, end + 1)) ++end;
        set.Add(begin, end, c == 0x2013 ? " - " : ", ", "typography");
        i = end;
        continue;
      }
      if (c == 0x2013 && set.IsFree(i, i + units) && BetweenQuantities(text, i)) {
        // "40.1%–50.3%": the rules read each side; the dash between them is "to".
        int32_t begin = i, end = i + units;
        while (begin > 0 && text.charAt(begin - 1) == u' ' && set.IsFree(begin - 1, begin)) --begin;
        while (end < text.length() && text.charAt(end) == u' ' && set.IsFree(end, end + 1)) ++end;
        set.Add(begin, end, std::string(data_.to), "range");
        i = end;
        continue;
      }
      if (joins_words && set.IsFree(i, i + units)) {
        // "bone–brain axis": an en dash joining two words is read as one compound, with
        // no pause (the spaced " - " the general rule gives makes eSpeak stop).
        set.Add(i, i + units, "-", "typography");
        i += units;
        continue;
      }
      if (c >= 0x80 && set.IsFree(i, i + units)) {
        icu::UnicodeString one(c);
        typography_->transliterate(one);
        if (one != icu::UnicodeString(c)) set.Add(i, i + units, Utf8(one), "typography");
      }
      i += units;
    }
  }

  // An en dash with a number (or a number's unit) before it and a number after it.
  static bool BetweenQuantities(const icu::UnicodeString& text, int32_t dash) {
    int32_t before = dash - 1, after = dash + 1;
    while (before >= 0 && text.charAt(before) == u' ') --before;
    while (after < text.length() && text.charAt(after) == u' ') ++after;
    if (before < 0 || after >= text.length()) return false;
    const UChar b = text.charAt(before), a = text.charAt(after);
    return (u_isdigit(b) || b == u'%') &&
           (u_isdigit(a) || a == u'$' || a == u'\u00A3' || a == u'\u20AC');
  }

  // Builds the spoken text from non-overlapping rewrites. Words a rewrite puts next to a
  // letter or digit of the display text get a space between them ("12kg" -> "twelve
  // kilograms", "(22)" keeps its parentheses).
  static SpokenText Apply(std::string_view display, std::vector<Rewrite> rewrites) {
    SpokenText out;
    size_t cursor = 0;
    for (Rewrite& rewrite : rewrites) {
      if (rewrite.display_begin < cursor) continue;
      out.spoken.append(display.substr(cursor, rewrite.display_begin - cursor));
      out.map.AppendVerbatim(rewrite.display_begin - cursor);
      std::string piece = rewrite.spoken;
      if (!piece.empty()) {
        if (!out.spoken.empty() && IsWordByte(out.spoken.back()) && IsWordByte(piece.front())) {
          piece.insert(piece.begin(), ' ');
        }
        if (rewrite.display_end < display.size() && IsWordByte(display[rewrite.display_end]) &&
            IsWordByte(piece.back())) {
          piece += ' ';
        }
      }
      out.spoken += piece;
      out.map.AppendRewrite(piece.size(), rewrite.display_end - rewrite.display_begin);
      cursor = rewrite.display_end;
      out.rewrites.push_back(std::move(rewrite));
    }
    out.spoken.append(display.substr(cursor));
    out.map.AppendVerbatim(display.size() - cursor);
    return out;
  }

  std::unique_ptr<NormalizeOptions> options_;
  std::unique_ptr<GenericLocaleData> generic_;  // owns data_ when the language has no table
  const LocaleData& data_;
  std::unique_ptr<NumberWords> numbers_;
  std::unique_ptr<icu::Transliterator> typography_;
  struct RuleEntry {
    std::unique_ptr<TextRule> rule;
    icu::UnicodeSet trigger;
  };
  std::vector<RuleEntry> rules_;
};

}  // namespace

Result<RuleLevel> RuleLevelOf(std::string_view bcp47) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(bcp47, status);
  if (U_FAILURE(status) || locale.getLanguage()[0] == 0) {
    return ConfigError("not a BCP 47 language tag: " + std::string(bcp47));
  }
  if (FindLocaleData(locale.getLanguage(), locale.getCountry()) != nullptr) return RuleLevel::kFull;
  return GenericLocaleData::Create(locale.getLanguage())->has_spellout() ? RuleLevel::kGeneric
                                                                         : RuleLevel::kTypography;
}

const char* RuleLevelName(RuleLevel level) {
  switch (level) {
    case RuleLevel::kFull:
      return "full";
    case RuleLevel::kGeneric:
      return "generic";
    case RuleLevel::kTypography:
      return "typography only";
  }
  return "";
}

Result<std::unique_ptr<SpokenFormNormalizer>> SpokenFormNormalizer::Create(
    const NormalizeOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(options.locale, status);
  if (U_FAILURE(status) || locale.getLanguage()[0] == 0) {
    return ConfigError("not a BCP 47 language tag: " + options.locale);
  }
  std::unique_ptr<GenericLocaleData> generic;
  const LocaleData* data = FindLocaleData(locale.getLanguage(), locale.getCountry());
  if (data == nullptr) {
    generic = GenericLocaleData::Create(locale.getLanguage());
    data = &generic->data();
  }
  UParseError parse_error;
  std::unique_ptr<icu::Transliterator> typography(icu::Transliterator::createFromRules(
      "spoken-typography", icu::UnicodeString(kTypographyRules), UTRANS_FORWARD, parse_error,
      status));
  if (U_FAILURE(status)) {
    return ConfigError("typography rules: ICU error " + std::string(u_errorName(status)));
  }
  const bool has_numbers = generic == nullptr || generic->has_spellout();
  std::unique_ptr<NumberWords> numbers;
  if (has_numbers) {
    auto created = NumberWords::Create(*data);
    if (!created.ok()) return created.error();
    numbers = std::move(created).value();
  }
  const bool generic_rules = generic != nullptr;
  auto normalizer = std::make_unique<IcuSpokenFormNormalizer>(
      std::make_unique<NormalizeOptions>(options), std::move(generic), *data, std::move(numbers),
      std::move(typography));
  if (options.typography_only || !has_numbers) {
    return std::unique_ptr<SpokenFormNormalizer>(std::move(normalizer));
  }
  const RuleContext context = normalizer->context();
  // From the most specific to the most general: the first rule to claim a span reads it.
  // `full`: the rule needs words only a hand-written table has (units, currencies, the
  // words of a clock); generic rules leave those spans to eSpeak NG.
  constexpr char16_t kDigit[] = u"[0-9\\u00BC-\\u00BE\\u2150-\\u215E]";
  struct RuleMaker {
    Result<std::unique_ptr<TextRule>> (*make)(const RuleContext&);
    const char16_t* trigger;
    bool full;
  };
  const RuleMaker kRules[] = {
      {MakeMarkupRule, u"[<>#*_+\\-]", false},
      {MakeCitationRule, u"[(\\[]", true},
      {MakeElectronicRule, u"[@.:]", true},
      {MakeTelephoneRule, kDigit, true},
      {MakeAddressRule, kDigit, true},
      {MakeTimeRule, kDigit, true},
      {MakeMoneyRule, kDigit, true},
      {MakeMeasureRule, kDigit, true},
      {MakeDateRule, kDigit, false},
      {MakeYearRule, kDigit, false},
      {MakeMathRule, u"[=<>\\u2264\\u2265]", true},
      {MakeRomanRule, u"[IVXLCDM]", true},
      {MakeAbbreviationRule, u"[\\p{L}]", true},
      {MakeNumberRule, kDigit, false},
      {MakeSymbolRule, u"[^\\p{L}\\p{N}\\s.,;:!?'\"()\\-]", true},
      {MakeSpellingRule, u"[s]", true},
  };
  for (const RuleMaker& rule : kRules) {
    if (rule.full && generic_rules) continue;
    Status added = normalizer->AddRule(rule.make(context), rule.trigger);
    if (!added.ok()) return added.error();
  }
  return std::unique_ptr<SpokenFormNormalizer>(std::move(normalizer));
}

}  // namespace spoken
