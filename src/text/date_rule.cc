// Dates: ISO (2006-08-05), numeric (10/06/2005, 15.01.2020, 2016/07/03), and with month
// names or abbreviations (July 25 2012, 22nd July 2012, the 26th May, SEPT. 15, Jan-15).
// A date is read in the order it is written: month first as "July twenty-fifth", day first
// as "the twenty-fifth of July". Numeric dates follow the locale's order (US: month first)
// unless a field over 12 settles it.
#include <unicode/uchar.h>

#include "text/text_rule.h"

namespace spoken {
namespace {

class DateRule final : public TextRule {
 public:
  DateRule(const RuleContext& context, Pattern iso, Pattern year_first, Pattern numeric,
           Pattern month_day, Pattern day_month, Pattern month_year)
      : data_(context.data),
        numbers_(context.numbers),
        iso_(std::move(iso)),
        year_first_(std::move(year_first)),
        numeric_(std::move(numeric)),
        month_day_(std::move(month_day)),
        day_month_(std::move(day_month)),
        month_year_(std::move(month_year)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    auto add = [&](icu::RegexMatcher& m, const std::string& said) {
      if (!said.empty()) set.Add(m.start(status), m.end(status), said, "date");
    };
    for (const Pattern* p : {&iso_, &year_first_}) {
      p->ForEach(text, [&](icu::RegexMatcher& m) {
        add(m, Say(false, "", std::stoi(GroupText(m, 2)), GroupText(m, 3), GroupText(m, 1)));
      });
    }
    numeric_.ForEach(text, [&](icu::RegexMatcher& m) {
      const int first = std::stoi(GroupText(m, 1)), second = std::stoi(GroupText(m, 3));
      bool day_first = data_.numeric_date_order == DateOrder::kDayMonthYear;
      if (first > 12) day_first = true;
      if (second > 12) day_first = false;
      const std::string day = day_first ? GroupText(m, 1) : GroupText(m, 3);
      const int month = day_first ? second : first;
      add(m,
          Say(day_first, "", month, day, GroupText(m, 4), AfterDativeWord(text, m.start(status))));
    });
    month_day_.ForEach(text, [&](icu::RegexMatcher& m) {
      add(m, Say(false, "", MonthOf(GroupText(m, 1)), GroupText(m, 2), GroupText(m, 3)));
    });
    day_month_.ForEach(text, [&](icu::RegexMatcher& m) {
      add(m, Say(true, GroupText(m, 1), MonthOf(GroupText(m, 3)), GroupText(m, 2), GroupText(m, 4),
                 AfterDativeWord(text, m.start(status))));
    });
    month_year_.ForEach(text, [&](icu::RegexMatcher& m) {
      const int month = MonthOf(GroupText(m, 1));
      if (month == 0) return;
      add(m, Join({data_.months[month - 1], numbers_.Year(GroupText(m, 2))}));
    });
  }

 private:
  // 1..12 for a month name or abbreviation in any case, 0 for none.
  int MonthOf(const std::string& written) const {
    const icu::UnicodeString folded = U16(written).foldCase();
    for (size_t i = 0; i < 12; ++i) {
      if (U16(data_.months[i]).foldCase() == folded ||
          U16(data_.month_abbreviations[i]).foldCase() == folded) {
        return static_cast<int>(i) + 1;
      }
    }
    if (folded == u"sep") return 9;
    return 0;
  }

  // `the` is the article the author wrote before a day-first date ("on the 26th May").
  // True when the word before `begin` asks for an inflected ordinal (German "am").
  bool AfterDativeWord(const icu::UnicodeString& text, int32_t begin) const {
    int32_t end = begin;
    while (end > 0 && text.charAt(end - 1) == u' ') --end;
    int32_t start = end;
    while (start > 0 && u_isalpha(text.charAt(start - 1))) --start;
    const std::string word = Utf8(text.tempSubStringBetween(start, end));
    for (std::string_view w : data_.dative_words) {
      if (w == word) return true;
    }
    return false;
  }

  std::string Say(bool day_first, const std::string& the, int month, const std::string& day,
                  const std::string& year, bool dative = false) const {
    const int day_number = day.empty() ? 0 : std::stoi(day);
    if (month < 1 || month > 12 || day_number < 1 || day_number > 31) return "";
    const std::string ordinal =
        dative ? numbers_.Spell(day, data_.dative_ordinal_rule_set) : numbers_.Ordinal(day);
    const std::string year_words = year.empty() ? "" : numbers_.Year(year);
    const std::string_view month_name = data_.months[month - 1];
    if (!day_first) return Join({month_name, ordinal, year_words});
    const std::string_view article = the.empty() ? data_.the_word : std::string_view(the);
    return Join({article, ordinal, data_.of_word, month_name, year_words});
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern iso_, year_first_, numeric_, month_day_, day_month_, month_year_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeDateRule(const RuleContext& context) {
  const LocaleData& data = context.data;
  std::vector<std::string_view> names(data.months.begin(), data.months.end());
  names.insert(names.end(), data.month_abbreviations.begin(), data.month_abbreviations.end());
  names.push_back("Sep");
  const icu::UnicodeString month = u"(?i:" + Alternation(names) + u")";
  const icu::UnicodeString before = u"(?<![\\p{L}\\p{N}.,/:\\-])";
  const icu::UnicodeString after = u"(?![\\p{L}\\p{N}]|[.,/:\\-]\\p{N})";
  const icu::UnicodeString suffix = u"(?:st|nd|rd|th|ST|ND|RD|TH|\\.)?";
  auto iso = Pattern::Compile("iso date",
                              before + u"(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])" + after);
  auto year_first = Pattern::Compile(
      "year-first date", before + u"(\\d{4})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])" + after);
  auto numeric = Pattern::Compile("numeric date",
                                  before + u"(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})" + after);
  auto month_day =
      Pattern::Compile("month-day date", u"(?<![\\p{L}])(" + month + u")\\.?(?:\\s+|-)(\\d{1,2})" +
                                             suffix + u"(?:,?\\s+(\\d{4}))?" + after);
  auto day_month = Pattern::Compile(
      "day-month date", u"(?<![\\p{L}\\p{N}.,/])(?:((?i:the))\\s+)?(\\d{1,2})" + suffix +
                            u"\\s+(?:(?i:of)\\s+)?(" + month +
                            u")(?:\\.(?=,?\\s+\\d))?(?![\\p{L}])" + u"(?:,?\\s+(\\d{4}))?" + after);
  auto month_year = Pattern::Compile("month-year date",
                                     u"(?<![\\p{L}])(" + month + u")\\.?,?\\s+(\\d{4})" + after);
  for (auto* p : {&iso, &year_first, &numeric, &month_day, &day_month, &month_year}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(new DateRule(
      context, std::move(iso).value(), std::move(year_first).value(), std::move(numeric).value(),
      std::move(month_day).value(), std::move(day_month).value(), std::move(month_year).value()));
}

}  // namespace spoken
