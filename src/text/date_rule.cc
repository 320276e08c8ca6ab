// Dates: ISO (2006-08-05, 2003-3-2, 2003-03, 2024.03.15), numeric (10/06/2005, 15.01.2020,
// 15-03-2024, 02.03, 2016/07/03), and with month names or abbreviations (July 25 2012, 22nd July
// 2012, the 26th May, SEPT. 15, Jan-15, July 18, 453). Context used:
// - the order written decides the reading when a month name is written: month first as
//   "July twenty-fifth", day first as "the twenty-fifth of July" ("the" only when the
//   author wrote neither "the" nor "of": "20th of December" stays without it);
// - numeric dates follow the locale's order (en-US: month first; en-GB, de: day first)
//   unless a field over 12 settles it; ISO dates, which name no locale, are read day first
//   ("the eighth of January two thousand eight"), as Google's and most news readers do;
//   "2016/07/03" with slashes follows the locale;
// - the word before a day-first date picks the ordinal's ending (German "am 2. Mai" ->
//   "am zweiten Mai", "2. Mai" -> "zweiter Mai"; LocaleData::ordinal_cases);
// - a day and month without a year ("02.03", "2.3.") only where the decimal separator is
//   not a dot, so that it cannot be a decimal number;
// - "2003-03" is a month only when it cannot be a range of years (03 is not after 2003).
#include <unicode/uchar.h>

#include "text/text_rule.h"

namespace spoken {
namespace {

class DateRule final : public TextRule {
 public:
  DateRule(const RuleContext& context, std::vector<Pattern> patterns)
      : data_(context.data), numbers_(context.numbers), patterns_(std::move(patterns)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    const bool locale_day_first = data_.numeric_date_order == DateOrder::kDayMonthYear;
    auto add = [&](icu::RegexMatcher& m, const Said& said) {
      if (said.words.empty()) return;
      set.Add(m.start(status), m.end(status), said.words,
              said.why.empty() ? "date" : "date (after " + std::string(said.why) + ")");
    };
    const Pattern &iso = patterns_[0], &year_month = patterns_[1], &numeric = patterns_[2],
                  &day_month_numeric = patterns_[3], &month_day = patterns_[4],
                  &day_month = patterns_[5], &month_year = patterns_[6];
    iso.ForEach(text, [&](icu::RegexMatcher& m) {
      // Groups: 1 year, 2 separator, 3 month, 4 day.
      const bool day_first = GroupText(m, 2) == "-" || locale_day_first;
      add(m, Say(text, m.start(status), day_first, false, std::stoi(GroupText(m, 3)),
                 GroupText(m, 4), GroupText(m, 1)));
    });
    year_month.ForEach(text, [&](icu::RegexMatcher& m) {
      const std::string year = GroupText(m, 1), month = GroupText(m, 2);
      if (month > year.substr(2)) return;  // "2010-11": a range of years
      add(m, {Join({data_.months[std::stoi(month) - 1], numbers_.Year(year)}), ""});
    });
    numeric.ForEach(text, [&](icu::RegexMatcher& m) {
      const int first = std::stoi(GroupText(m, 1)), second = std::stoi(GroupText(m, 3));
      bool day_first = locale_day_first;
      if (first > 12) day_first = true;
      if (second > 12) day_first = false;
      const std::string day = day_first ? GroupText(m, 1) : GroupText(m, 3);
      const int month = day_first ? second : first;
      add(m, Say(text, m.start(status), day_first, false, month, day, GroupText(m, 4)));
    });
    if (data_.decimal_separator != u'.') {
      day_month_numeric.ForEach(text, [&](icu::RegexMatcher& m) {
        // Groups 1, 2: "02.03"; 3, 4: "2.3.".
        const int first = GroupStart(m, 1) >= 0 ? 1 : 3;
        add(m, Say(text, m.start(status), true, false, std::stoi(GroupText(m, first + 1)),
                   GroupText(m, first), ""));
      });
    }
    month_day.ForEach(text, [&](icu::RegexMatcher& m) {
      // Groups: 1 month, 2 day, 3 year after a comma (may be three digits), 4 year.
      const std::string year = GroupStart(m, 3) >= 0 ? GroupText(m, 3) : GroupText(m, 4);
      add(m, Say(text, m.start(status), false, false, MonthOf(GroupText(m, 1)), GroupText(m, 2),
                 year));
    });
    day_month.ForEach(text, [&](icu::RegexMatcher& m) {
      // Groups: 1 "the", 2 day, 3 "of", 4 month, 5 year.
      const bool written_article = !GroupText(m, 1).empty() || !GroupText(m, 3).empty();
      Said said = Say(text, m.start(status), true, written_article, MonthOf(GroupText(m, 4)),
                      GroupText(m, 2), GroupText(m, 5));
      if (!GroupText(m, 1).empty()) said.words = GroupText(m, 1) + " " + said.words;
      add(m, said);
    });
    month_year.ForEach(text, [&](icu::RegexMatcher& m) {
      const int month = MonthOf(GroupText(m, 1));
      if (month == 0) return;
      add(m, {Join({data_.months[month - 1], numbers_.Year(GroupText(m, 2))}), ""});
    });
  }

 private:
  struct Said {
    std::string words;
    std::string_view why;  // the word that chose the ordinal's ending
  };

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

  // `written_article`: the author wrote "the" or "of" around a day-first date, so no
  // article is added.
  Said Say(const icu::UnicodeString& text, int32_t begin, bool day_first, bool written_article,
           int month, const std::string& day, const std::string& year) const {
    const int day_number = day.empty() ? 0 : std::stoi(day);
    if (month < 1 || month > 12 || day_number < 1 || day_number > 31) return {};
    const std::string year_words = year.empty() ? "" : numbers_.Year(year);
    const std::string_view month_name = data_.months[month - 1];
    if (!day_first && !data_.dates_day_first) {
      return {Join({month_name, numbers_.Ordinal(day), year_words}), ""};
    }
    const OrdinalCaseChoice ending = OrdinalCaseBefore(text, begin, data_);
    if (!data_.day_rule_set.empty() && ending.word.empty()) {
      // Romance languages count the days: "cinco de mayo de dos mil", "le deux mars"; the
      // first may be an ordinal ("primero", "premier").
      const std::string day_words = day_number == 1 && !data_.first_day.empty()
                                        ? std::string(data_.first_day)
                                        : numbers_.Spell(day, data_.day_rule_set);
      const std::string_view of = data_.date_of_word;
      return {Join({day_words, of, month_name, year_words.empty() ? "" : of, year_words}), ""};
    }
    const std::string ordinal = numbers_.Spell(day, ending.rule_set);
    if (written_article)
      return {Join({ordinal, data_.of_word, month_name, year_words}), ending.word};
    return {Join({data_.the_word, ordinal, data_.of_word, month_name, year_words}), ending.word};
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  std::vector<Pattern> patterns_;
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
  // The word between day, month and year: "of", and the locale's ("de").
  const icu::UnicodeString of =
      data.date_of_word.empty() ? icu::UnicodeString(u"of") : u"of|" + U16(data.date_of_word);
  const icu::UnicodeString month_number = u"(0?[1-9]|1[0-2])";
  const icu::UnicodeString day_number = u"(0?[1-9]|[12]\\d|3[01])";
  const std::pair<const char*, icu::UnicodeString> kPatterns[] = {
      // "2024.03.15" with dots only with two-digit month and day (not a version "2024.3.1").
      {"iso date", before + u"(\\d{4})([-/]|\\.(?=\\d\\d\\.\\d\\d(?!\\d)))" + month_number +
                       u"\\2" + day_number + after},
      {"year-month date", before + u"((?:1[5-9]|20)\\d\\d)-(0[1-9]|1[0-2])" + after},
      // "15-03-2024" with hyphens only with a four-digit year (not a score "3-2-1").
      {"numeric date",
       before + u"(\\d{1,2})([/.]|-(?=\\d{1,2}-\\d{4}(?!\\d)))(\\d{1,2})\\2(\\d{4}|\\d{2})" +
           after},
      {"day-month numeric date",
       before + u"(?:(0[1-9]|[12]\\d|3[01])\\.(0[1-9]|1[0-2])(?!\\.\\p{N})|" +
           u"(0?[1-9]|[12]\\d|3[01])\\.(0?[1-9]|1[0-2])\\.(?!\\p{N}))" + after},
      {"month-day date", u"(?<![\\p{L}])(" + month + u")\\.?(?:\\s+|-)(\\d{1,2})" + suffix +
                             u"(?:,\\s*(\\d{3,4})|\\s+(\\d{4}))?" + after},
      {"day-month date", u"(?<![\\p{L}\\p{N}.,/])(?:((?i:the))\\s+)?(\\d{1,2})" + suffix +
                             u"\\s+(?:((?i:" + of + u"))\\s+)?(" + month +
                             u")(?:\\.(?=,?\\s+\\d))?(?![\\p{L}])" + u"(?:,?\\s+(?:(?i:" + of +
                             u")\\s+)?(\\d{4}))?" + after},
      {"month-year date", u"(?<![\\p{L}])(" + month + u")\\.?,?\\s+(\\d{4})" + after},
  };
  std::vector<Pattern> patterns;
  for (const auto& [name, regex] : kPatterns) {
    auto pattern = Pattern::Compile(name, regex);
    if (!pattern.ok()) return pattern.error();
    patterns.push_back(std::move(pattern).value());
  }
  return std::unique_ptr<TextRule>(new DateRule(context, std::move(patterns)));
}

}  // namespace spoken
