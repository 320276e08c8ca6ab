// Years and decades: 2026, 1980s, '80s, 1960s-80s, 340 A.D., quarters (2Q22, Q3 2024).
// A four-digit number from 1100 to 2099 standing alone is read as a year ("twenty
// twenty-six"), the reading a person gives it in running text; quantities with units or
// currency are claimed by the money and measure rules before this one runs. Context used:
// the next word (a count noun such as "miles" or "men" makes it a number: "1780 miles"),
// and for 1000 to 1099 the word before ("in 1066", "by 1064": LocaleData::
// year_prepositions).
#include <unicode/uchar.h>

#include "text/number_shapes.h"
#include "text/text_rule.h"

namespace spoken {
namespace {

class YearRule final : public TextRule {
 public:
  YearRule(const RuleContext& context, Pattern decade_range, Pattern decade, Pattern era,
           Pattern quarter, Pattern year_range, Pattern year)
      : data_(context.data),
        numbers_(context.numbers),
        decade_range_(std::move(decade_range)),
        decade_(std::move(decade)),
        era_(std::move(era)),
        quarter_(std::move(quarter)),
        year_range_(std::move(year_range)),
        year_(std::move(year)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    decade_range_.ForEach(text, [&](icu::RegexMatcher& m) {
      set.Add(m.start(status), m.end(status),
              Join({Decade(GroupText(m, 1)), data_.to, Decade(GroupText(m, 2))}), "decade");
    });
    decade_.ForEach(text, [&](icu::RegexMatcher& m) {
      set.Add(m.start(status), m.end(status), Decade(GroupText(m, 1)), "decade");
    });
    era_.ForEach(text, [&](icu::RegexMatcher& m) {
      std::string era;
      for (char c : GroupText(m, 2)) {
        if (c >= 'A' && c <= 'Z') era += c;
      }
      set.Add(m.start(status), m.end(status), Join({EraYear(GroupText(m, 1)), era}), "year");
    });
    quarter_.ForEach(text, [&](icu::RegexMatcher& m) {
      std::string q = GroupText(m, 2), year = GroupText(m, 3);
      if (q.empty()) {
        q = GroupText(m, 4);
        year = GroupText(m, 5);
      }
      const std::string_view the = GroupText(m, 1).empty() ? data_.the_word : "";
      set.Add(
          GroupStart(m, 1) >= 0 ? GroupEnd(m, 1) : m.start(status), m.end(status),
          Join({the, numbers_.Ordinal(q), data_.quarter_word, data_.of_word, numbers_.Year(year)}),
          "quarter");
    });
    year_range_.ForEach(text, [&](icu::RegexMatcher& m) {
      // With a hyphen, only a later second year makes a range ("2020-21", "1990-1995").
      const std::string from = GroupText(m, 1), to = GroupText(m, 2);
      const bool dash =
          text.indexOf(u'\u2013', m.start(status), m.end(status) - m.start(status)) >= 0 ||
          text.indexOf(u" - ", m.start(status), m.end(status) - m.start(status)) >= 0;
      const std::string to_full = to.size() == 2 ? from.substr(0, 2) + to : to;
      if (!dash && to_full <= from) return;
      set.Add(m.start(status), m.end(status),
              Join({numbers_.Year(from), data_.to, numbers_.Year(to)}), "year range");
    });
    year_.ForEach(text, [&](icu::RegexMatcher& m) {
      const int32_t begin = m.start(status), end = m.end(status);
      // "1780 miles": a count before a noun of quantity is no year.
      const std::string next = WordAt(text, end, +1);
      if (!next.empty() && Listed(data_.count_nouns, next)) return;
      // 1000 to 1099 only after a word that introduces a year ("in 1066", "by 1064").
      const std::string previous = WordAt(text, begin, -1);
      const bool early = text.charAt(begin) == u'1' && text.charAt(begin + 1) == u'0';
      if (early && !Listed(data_.year_prepositions, previous)) return;
      set.Add(begin, end, numbers_.Year(GroupText(m, 0)),
              early ? "year (after " + previous + ")" : "year");
    });
  }

 private:
  // The word after `pos` (direction +1) or before it (-1), skipping spaces; "" for none.
  static std::string WordAt(const icu::UnicodeString& text, int32_t pos, int direction) {
    int32_t i = pos;
    if (direction > 0) {
      while (i < text.length() && text.charAt(i) == u' ') ++i;
      int32_t j = i;
      while (j < text.length() && u_isalpha(text.charAt(j))) ++j;
      return Utf8(text.tempSubStringBetween(i, j));
    }
    while (i > 0 && text.charAt(i - 1) == u' ') --i;
    int32_t j = i;
    while (j > 0 && u_isalpha(text.charAt(j - 1))) --j;
    return Utf8(text.tempSubStringBetween(j, i));
  }

  static bool Listed(std::span<const std::string_view> words, const std::string& word) {
    const icu::UnicodeString folded = U16(word).foldCase();
    for (std::string_view w : words) {
      if (U16(w).foldCase() == folded) return true;
    }
    return false;
  }

  // "1980" -> "nineteen eighties", "'80" / "80" -> "eighties", "2000" -> "two thousands".
  std::string Decade(const std::string& digits) const {
    std::string stem = digits;
    if (!stem.empty() && stem[0] == '\'') stem.erase(0, 1);
    const std::string words =
        stem.size() == 4 ? numbers_.Year(stem) : numbers_.Cardinal(stem, NumberStyle::kPlain);
    return PluralOfNumberWord(words);
  }

  // Years before 1000 with an era are read like later years: "340" -> "three forty".
  std::string EraYear(const std::string& digits) const {
    return digits.size() >= 3 ? numbers_.Year(digits) : numbers_.Cardinal(digits);
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern decade_range_, decade_, era_, quarter_, year_range_, year_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeYearRule(const RuleContext& context) {
  // "1980s", "'80s", "1980's", "80 's", "1980 s" (Wikipedia's tokens; a lone "s" only
  // after four digits: "10 s" is ten seconds).
  const icu::UnicodeString decade =
      u"((?:1[1-9]|20)\\d0|'?\\d0)(?:s|\\s?['\\u2019]s|(?<=\\d{4})\\ss)";
  const icu::UnicodeString before = u"(?<![\\p{N}.,/:$\\u00A3\\u20AC\\u00A5])";
  const icu::UnicodeString after = u"(?![\\p{L}\\p{N}]|[.,:]\\p{N})";
  const icu::UnicodeString year = u"((?:1[1-9]|20)\\d{2})";
  auto decade_range =
      Pattern::Compile("decade range", before + decade + u"\\s*[-\\u2013]\\s*" + decade + after);
  auto decades = Pattern::Compile("decade", before + decade + after);
  auto era = Pattern::Compile(
      "era",
      u"(?<![\\p{L}\\p{N}.,])(\\d{1,4})\\s*(A\\.D\\.?|AD|B\\.C\\.?(?:E\\.?)?|BCE?|CE|C\\.E\\.?)"
      u"(?![\\p{L}])");
  auto quarter = Pattern::Compile(
      "quarter",
      u"(?<![\\p{L}\\p{N}])(?:((?i:the))\\s+)?(?:([1-4])Q(\\d{2}|\\d{4})|Q([1-4])\\s*"
      u"(\\d{4}))(?![\\p{L}\\p{N}])");
  auto year_range = Pattern::Compile(
      "year range", u"(?<![\\p{L}\\p{N}.,/:\\-])" + year + u"(?:\\s*\\u2013\\s*|\\s+-\\s+|-)(" +
                        year.tempSubString(1, year.length() - 2) + u"|\\d{2})" + after);
  // "1248.º" is an ordinal (LocaleData::ordinal_markers), not a year.
  std::vector<std::string_view> marks;
  for (const OrdinalMarker& marker : context.data.ordinal_markers) marks.push_back(marker.written);
  const icu::UnicodeString no_mark =
      marks.empty() ? icu::UnicodeString() : u"(?!" + Alternation(marks) + u")";
  auto years = Pattern::Compile(
      "year", u"(?<![\\p{L}\\p{N}.,/:\\-\\u2212$\\u00A3\\u20AC\\u00A5])(?:1\\d|20)\\d{2}" + after +
                  u"(?!-\\p{N})" + no_mark);
  for (auto* p : {&decade_range, &decades, &era, &quarter, &year_range, &years}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(new YearRule(
      context, std::move(decade_range).value(), std::move(decades).value(), std::move(era).value(),
      std::move(quarter).value(), std::move(year_range).value(), std::move(years).value()));
}

}  // namespace spoken
