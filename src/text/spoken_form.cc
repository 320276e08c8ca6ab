#include "text/spoken_form.h"

#include <unicode/locid.h>
#include <unicode/regex.h>
#include <unicode/rbnf.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>

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

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

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

class IcuSpokenFormNormalizer final : public SpokenFormNormalizer {
 public:
  IcuSpokenFormNormalizer(std::unique_ptr<icu::Transliterator> typography,
                          std::unique_ptr<icu::RuleBasedNumberFormat> spellout,
                          std::unique_ptr<icu::RegexPattern> year_pattern)
      : typography_(std::move(typography)),
        spellout_(std::move(spellout)),
        year_pattern_(std::move(year_pattern)) {}

  SpokenText Normalize(std::string_view display) const override {
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(display.data(), display.size()));
    const std::vector<size_t> byte_of = Utf8OffsetsOfUtf16(text);
    std::vector<Rewrite> rewrites;
    FindYears(text, byte_of, rewrites);
    FindTypography(text, byte_of, rewrites);
    std::sort(rewrites.begin(), rewrites.end(),
              [](const Rewrite& a, const Rewrite& b) { return a.display_begin < b.display_begin; });
    return Apply(display, std::move(rewrites));
  }

 private:
  // Four-digit numbers from 1100 to 2099 that stand alone are read as years
  // ("2026" -> "twenty twenty-six"), the reading a person gives them in running text.
  void FindYears(const icu::UnicodeString& text, const std::vector<size_t>& byte_of,
                 std::vector<Rewrite>& rewrites) const {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(year_pattern_->matcher(text, status));
    if (U_FAILURE(status)) return;
    while (matcher->find(status) && U_SUCCESS(status)) {
      const int32_t start = matcher->start(status), end = matcher->end(status);
      const int64_t year = std::stoll(ToUtf8(text.tempSubStringBetween(start, end)));
      icu::UnicodeString words;
      UErrorCode format_status = U_ZERO_ERROR;
      spellout_->format(year, words, format_status);
      if (U_FAILURE(format_status)) continue;
      words.findAndReplace(u"-", u" ");
      rewrites.push_back({byte_of[start], byte_of[end], ToUtf8(words), "year"});
    }
  }

  void FindTypography(const icu::UnicodeString& text, const std::vector<size_t>& byte_of,
                      std::vector<Rewrite>& rewrites) const {
    for (int32_t i = 0; i < text.length();) {
      const UChar32 c = text.char32At(i);
      const int units = U16_LENGTH(c);
      if (c >= 0x80) {
        icu::UnicodeString one(c);
        typography_->transliterate(one);
        if (one != icu::UnicodeString(c)) {
          rewrites.push_back({byte_of[i], byte_of[i + units], ToUtf8(one), "typography"});
        }
      }
      i += units;
    }
  }

  // Builds the spoken text from non-overlapping rewrites (an overlapping later one is dropped).
  static SpokenText Apply(std::string_view display, std::vector<Rewrite> rewrites) {
    SpokenText out;
    size_t cursor = 0;
    for (Rewrite& rewrite : rewrites) {
      if (rewrite.display_begin < cursor) continue;
      out.spoken.append(display.substr(cursor, rewrite.display_begin - cursor));
      out.map.AppendVerbatim(rewrite.display_begin - cursor);
      out.spoken += rewrite.spoken;
      out.map.AppendRewrite(rewrite.spoken.size(), rewrite.display_end - rewrite.display_begin);
      cursor = rewrite.display_end;
      out.rewrites.push_back(std::move(rewrite));
    }
    out.spoken.append(display.substr(cursor));
    out.map.AppendVerbatim(display.size() - cursor);
    return out;
  }

  std::unique_ptr<icu::Transliterator> typography_;
  std::unique_ptr<icu::RuleBasedNumberFormat> spellout_;
  std::unique_ptr<icu::RegexPattern> year_pattern_;
};

}  // namespace

Result<std::unique_ptr<SpokenFormNormalizer>> SpokenFormNormalizer::Create(
    const NormalizeOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(options.locale, status);
  if (U_FAILURE(status)) return ConfigError("not a BCP 47 language tag: " + options.locale);
  UParseError parse_error;
  std::unique_ptr<icu::Transliterator> typography(icu::Transliterator::createFromRules(
      "spoken-typography", icu::UnicodeString(kTypographyRules), UTRANS_FORWARD, parse_error,
      status));
  if (U_FAILURE(status)) {
    return ConfigError("typography rules: ICU error " + std::string(u_errorName(status)));
  }
  auto spellout = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, locale, status);
  if (U_SUCCESS(status)) spellout->setDefaultRuleSet(u"%spellout-numbering-year", status);
  if (U_FAILURE(status)) {
    return ConfigError("no year spellout for locale " + options.locale + ": " +
                       u_errorName(status));
  }
  std::unique_ptr<icu::RegexPattern> year_pattern(icu::RegexPattern::compile(
      u"(?<![\\p{Nd}.,/:\\-])(?:1[1-9]|20)\\p{Nd}{2}(?![\\p{Nd}]|[.,:]\\p{Nd})", 0, status));
  if (U_FAILURE(status)) return ConfigError("year pattern: " + std::string(u_errorName(status)));
  return std::unique_ptr<SpokenFormNormalizer>(std::make_unique<IcuSpokenFormNormalizer>(
      std::move(typography), std::move(spellout), std::move(year_pattern)));
}

}  // namespace spoken
