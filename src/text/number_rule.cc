// Numbers on their own: fractions, ordinals, ranges, cardinals, decimals, serials, and
// standard book and serial numbers (after "ISBN", "ISSN").
#include <unicode/uchar.h>

#include <string>

#include "text/number_shapes.h"
#include "text/text_rule.h"

namespace spoken {
namespace {

// "3/2024": a month (1-12) over a year of this era that is not round is a month and year,
// not a fraction; "1/2000" and "1/1234" stay fractions.
bool IsMonthAndYear(const std::string& numerator, const std::string& denominator) {
  if (numerator.size() > 2 || denominator.size() != 4) return false;
  const int month = std::stoi(numerator), year = std::stoi(denominator);
  return month >= 1 && month <= 12 && year >= 1900 && year <= 2099 && year % 100 != 0;
}

// Unicode vulgar fractions, read as numerator and denominator.
struct VulgarFraction {
  char16_t character;
  const char* numerator;
  const char* denominator;
};
constexpr VulgarFraction kVulgarFractions[] = {
    {u'\u00BD', "1", "2"}, {u'\u2153', "1", "3"}, {u'\u2154', "2", "3"}, {u'\u00BC', "1", "4"},
    {u'\u00BE', "3", "4"}, {u'\u2155', "1", "5"}, {u'\u2156', "2", "5"}, {u'\u2157', "3", "5"},
    {u'\u2158', "4", "5"}, {u'\u2159', "1", "6"}, {u'\u215A', "5", "6"}, {u'\u215B', "1", "8"},
    {u'\u215C', "3", "8"}, {u'\u215D', "5", "8"}, {u'\u215E', "7", "8"},
};

class NumberRule final : public TextRule {
 public:
  NumberRule(const RuleContext& context, Pattern fraction, Pattern vulgar, Pattern ordinal,
             Pattern ordinal_dot, Pattern marked, Pattern range, Pattern pair, Pattern number,
             Pattern serial, Pattern standard_number)
      : data_(context.data),
        numbers_(context.numbers),
        fraction_(std::move(fraction)),
        ordinal_dot_(std::move(ordinal_dot)),
        vulgar_(std::move(vulgar)),
        ordinal_(std::move(ordinal)),
        marked_(std::move(marked)),
        range_(std::move(range)),
        pair_(std::move(pair)),
        number_(std::move(number)),
        serial_(std::move(serial)),
        standard_number_(std::move(standard_number)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    // The label is looked for first: a regex pass costs more than two string searches.
    const bool labelled = text.indexOf(u"ISBN", 4, 0) >= 0 || text.indexOf(u"ISSN", 4, 0) >= 0;
    if (labelled) FindStandardNumbers(text, set);
    vulgar_.ForEach(text, [&](icu::RegexMatcher& m) {
      const std::string whole = GroupText(m, 1);
      const char16_t c = text.charAt(GroupStart(m, 2));
      for (const VulgarFraction& f : kVulgarFractions) {
        if (f.character != c) continue;
        set.Add(GroupStart(m, 0), GroupEnd(m, 0),
                numbers_.Fraction(whole, f.numerator, f.denominator), "fraction");
      }
    });
    fraction_.ForEach(text, [&](icu::RegexMatcher& m) {
      // Groups: 1 minus sign, 2 whole part, 3 numerator, 4 denominator.
      std::string denominator = GroupText(m, 4);
      std::erase_if(denominator, [](char c) { return c < '0' || c > '9'; });
      if (GroupText(m, 2).empty() && IsMonthAndYear(GroupText(m, 3), denominator)) return;
      set.Add(GroupStart(m, 0), GroupEnd(m, 0),
              Join({GroupText(m, 1).empty() ? "" : data_.minus,
                    numbers_.Fraction(GroupText(m, 2), GroupText(m, 3), denominator)}),
              "fraction");
    });
    marked_.ForEach(text, [&](icu::RegexMatcher& m) {
      // "1.º", "2ª", "3e": the mark names the ordinal's gender (LocaleData::ordinal_markers).
      const std::string mark = GroupText(m, 2);
      for (const OrdinalMarker& marker : data_.ordinal_markers) {
        if (marker.written != mark) continue;
        WrittenNumber n;
        if (!ParseWrittenNumber(GroupText(m, 1), data_, n) || n.has_point) return;
        set.Add(GroupStart(m, 0), GroupEnd(m, 0), numbers_.Spell(n.integer, marker.rule_set),
                "ordinal");
        return;
      }
    });
    ordinal_dot_.ForEach(text, [&](icu::RegexMatcher& m) {
      // German "2." is an ordinal before a word ("2. Platz"), after a word that gives it a
      // case ("am 2."), or alone ("2." as a list heading); at the end of a sentence after
      // anything else it is a number and a full stop.
      const int32_t begin = GroupStart(m, 0), end = GroupEnd(m, 0);
      int32_t next = end;
      while (next < text.length() && text.charAt(next) == u' ') ++next;
      const OrdinalCaseChoice ending = OrdinalCaseBefore(text, begin, data_);
      bool alone = true;
      for (int32_t i = 0; i < begin; ++i) alone = alone && u_isspace(text.charAt(i));
      const bool before_word = next > end && next < text.length() && u_isalpha(text.char32At(next));
      if (!before_word && !alone && ending.word.empty()) return;
      set.Add(begin, end, numbers_.Spell(GroupText(m, 1), ending.rule_set),
              ending.word.empty() ? "ordinal" : "ordinal (after " + std::string(ending.word) + ")");
    });
    ordinal_.ForEach(text, [&](icu::RegexMatcher& m) {
      WrittenNumber n;
      if (!ParseWrittenNumber(GroupText(m, 1), data_, n) || n.has_point) return;
      const std::string suffix = GroupText(m, 2);
      if (OrdinalSuffixFits(n.integer, suffix, data_)) {
        set.Add(GroupStart(m, 0), GroupEnd(m, 0), numbers_.Ordinal(n.integer), "ordinal");
      } else {
        // "4rd" is no ordinal: say what is written.
        set.Add(GroupStart(m, 0), GroupEnd(m, 0),
                Join({numbers_.Cardinal(n.integer, NumberStyle::kPlain), suffix}), "cardinal");
      }
    });
    range_.ForEach(text, [&](icu::RegexMatcher& m) {
      const std::string from = GroupText(m, 1), to = GroupText(m, 2);
      // "170 - 45190": an identifier is no end of a range; the dash stays a pause.
      if (ReadsAsDigits(from, data_) || ReadsAsDigits(to, data_)) return;
      set.Add(GroupStart(m, 0), GroupEnd(m, 0), Join({SayNumber(from), data_.to, SayNumber(to)}),
              "range");
    });
    serial_.ForEach(text, [&](icu::RegexMatcher& m) {
      const int32_t begin = GroupStart(m, 0), end = GroupEnd(m, 0);
      if (!set.IsFree(begin, end)) return;
      const icu::UnicodeString token = text.tempSubStringBetween(begin, end);
      bool letter = false, digit = false;
      for (int32_t i = 0; i < token.length(); ++i) {
        letter = letter || u_isalpha(token.charAt(i));
        digit = digit || u_isdigit(token.charAt(i));
      }
      if (!letter || !digit) return;
      set.Add(begin, end, SaySerial(text.tempSubStringBetween(begin, end)), "serial");
    });
    pair_.ForEach(text, [&](icu::RegexMatcher& m) {
      // "2-5" or "1-8090": a range, a score or a code; the hyphen stays a pause.
      const std::string a = GroupText(m, 1), b = GroupText(m, 2);
      const bool years = LooksLikeYear(a) && LooksLikeYear(b);
      const std::string first = years ? numbers_.Year(a) : SayNumber(a);
      const std::string second = years ? numbers_.Year(b) : SayNumber(b);
      if (first.empty() || second.empty()) return;
      set.Add(GroupStart(m, 0), GroupEnd(m, 0), first + " - " + second, "number pair");
    });
    number_.ForEach(text, [&](icu::RegexMatcher& m) {
      // A number before a word counts it ("ein Apfel"); on its own it is said alone ("eins").
      const std::string written = GroupText(m, 0);
      int32_t next = GroupEnd(m, 0);
      while (next < text.length() && text.charAt(next) == u' ') ++next;
      const bool before_word = next < text.length() && u_isalpha(text.char32At(next));
      const NumberStyle style = before_word ? NumberStyle::kAmount : NumberStyle::kAlone;
      const std::string counted = CountingWordBefore(text, GroupStart(m, 0));
      if (!counted.empty() && written[0] != '0' && ReadsAsDigits(written, data_)) {
        set.Add(GroupStart(m, 0), GroupEnd(m, 0), numbers_.Number(written, style),
                "cardinal (a count after " + counted + ")");
        return;
      }
      const std::string said = SayNumberShape(written, data_, numbers_, style);
      if (!said.empty()) {
        set.Add(GroupStart(m, 0), GroupEnd(m, 0), said, RuleOfNumber(written, data_));
      }
    });
  }

 private:
  std::string SayNumber(const std::string& written) const {
    return SayNumberShape(written, data_, numbers_);
  }

  // "ISBN 0-521-36395-0": a book or serial number is read digit by digit, the hyphens
  // unsaid and a check digit X as the letter.
  void FindStandardNumbers(const icu::UnicodeString& text, RewriteSet& set) const {
    standard_number_.ForEach(text, [&](icu::RegexMatcher& m) {
      const std::string code = GroupText(m, 2);
      const bool check_x = code.back() == 'X' || code.back() == 'x';
      set.Add(GroupStart(m, 2), GroupEnd(m, 2), Join({numbers_.Digits(code), check_x ? "X" : ""}),
              "digits (after " + GroupText(m, 1) + ")");
    });
  }

  // The word right before `begin` when it is a lowercase word of prose that is not one of
  // the locale's identifier nouns ("numbering 326742", not "code 90210"); "" otherwise.
  std::string CountingWordBefore(const icu::UnicodeString& text, int32_t begin) const {
    int32_t end = begin;
    while (end > 0 && text.charAt(end - 1) == u' ') --end;
    int32_t start = end;
    while (start > 0 && u_islower(text.charAt(start - 1))) --start;
    if (end - start < 2 || end == begin || (start > 0 && u_isalnum(text.charAt(start - 1)))) {
      return "";
    }
    const std::string word = Utf8(text.tempSubStringBetween(start, end));
    for (std::string_view noun : data_.identifier_nouns) {
      if (noun == word) return "";
    }
    return word;
  }

  // Digit runs inside a code: short ones as numbers, long ones and leading zeros as digits.
  std::string SaySerial(const icu::UnicodeString& token) const {
    std::string out;
    int32_t i = 0;
    auto append = [&](const std::string& piece, bool space_before) {
      if (!out.empty() && space_before && out.back() != '-' && out.back() != '/') out += ' ';
      out += piece;
    };
    while (i < token.length()) {
      const UChar32 c = token.char32At(i);
      int32_t j = i + U16_LENGTH(c);
      if (u_isdigit(c)) {
        while (j < token.length() && u_isdigit(token.charAt(j))) ++j;
        std::string digits = Utf8(token.tempSubStringBetween(i, j));
        std::string said = digits.size() > 3 || (digits.size() > 1 && digits[0] == '0')
                               ? numbers_.Digits(digits)
                               : numbers_.Cardinal(digits, NumberStyle::kPlain);
        // A decimal part: "covid-19.5".
        if (j + 1 < token.length() && token.charAt(j) == data_.decimal_separator &&
            u_isdigit(token.charAt(j + 1))) {
          int32_t k = j + 1;
          while (k < token.length() && u_isdigit(token.charAt(k))) ++k;
          said = Join(
              {said, data_.point, numbers_.Digits(Utf8(token.tempSubStringBetween(j + 1, k)))});
          j = k;
        }
        append(said, true);
      } else if (u_isalpha(c)) {
        while (j < token.length() && u_isalpha(token.char32At(j)))
          j += U16_LENGTH(token.char32At(j));
        append(Utf8(token.tempSubStringBetween(i, j)), true);
      } else {
        out += Utf8(token.tempSubStringBetween(i, j));
      }
      i = j;
    }
    return out;
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern fraction_, ordinal_dot_, vulgar_, ordinal_, marked_, range_, pair_, number_, serial_,
      standard_number_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeNumberRule(const RuleContext& context) {
  const icu::UnicodeString number = NumberRegex(context.data, true);
  const icu::UnicodeString unsigned_number = NumberRegex(context.data, false);
  // A denominator of up to four digits, or grouped: "1/100.000" is one in a hundred
  // thousand, not a hundredth and ".000".
  icu::UnicodeString grouped_denominator = u"(\\d{1,4}(?![\\";
  grouped_denominator += context.data.group_separator;
  grouped_denominator += u"]\\d)|\\d{1,3}(?:\\";
  grouped_denominator += context.data.group_separator;
  grouped_denominator += u"\\d{3})+)";
  auto fraction = Pattern::Compile(
      "fraction", u"(?<![\\p{L}\\p{N}/.,\\-])(-)?(?:(\\d{1,3})\\s+)?(\\d{1,3})/" +
                      grouped_denominator + u"(?:th|TH|rd|RD|nd|ND|st|ST)?(?![\\p{L}\\p{N}/])");
  auto vulgar =
      Pattern::Compile("vulgar fraction",
                       u"(?<![\\p{L}\\p{N}])(?:(\\d{1,3})\\s?)?([\\u00BC-\\u00BE\\u2150-\\u215E])");
  auto ordinal = Pattern::Compile("ordinal", u"(?<![\\p{L}\\p{N}.,])(" + unsigned_number +
                                                 u")(st|nd|rd|th|ST|ND|RD|TH)(?![\\p{L}\\p{N}])");
  // German "2.": digits and a dot; never matches where the locale has no ordinal dot.
  auto ordinal_dot = Pattern::Compile(
      "ordinal dot", context.data.ordinal_dot_rule_set.empty()
                         ? icu::UnicodeString(u"(?!)")
                         : icu::UnicodeString(u"(?<![\\p{L}\\p{N}.,\\-])(\\d+)\\.(?![\\p{N}])"));
  std::vector<std::string_view> marks;
  for (const OrdinalMarker& marker : context.data.ordinal_markers) marks.push_back(marker.written);
  // "1.º", "1.000.º": the mark after a plain or grouped number.
  const icu::UnicodeString marked_regex = u"(?<![\\p{L}\\p{N}.,])(" + unsigned_number + u")(" +
                                          Alternation(marks) + u")(?![\\p{L}\\p{N}])";
  auto marked = Pattern::Compile("marked ordinal",
                                 marks.empty() ? icu::UnicodeString(u"(?!)") : marked_regex);
  // An en dash between numbers is a range, and so is a hyphen with spaces around it (a
  // typed en dash: "pages 4 - 9"); a bare hyphen stays neutral ("3-2", "1-8090").
  auto range = Pattern::Compile("range", u"(?<![\\p{L}\\p{N}.,])(" + number +
                                             u")(?:\\s*[\\u2013\\u2012]\\s*|\\s+-\\s+)(" + number +
                                             u")(?![\\p{L}\\p{N}])");
  auto pair =
      Pattern::Compile("number pair", u"(?<![\\p{L}\\p{N}.,\\-/])(" + number + u")-(" +
                                          unsigned_number + u")(?![\\p{L}\\p{N}\\-/]|[.,]\\p{N})");
  auto cardinal = Pattern::Compile(
      "number", u"(?<![\\p{L}\\p{N}.,])" + number + u"(?![\\p{L}\\p{N}]|[.,]\\p{N})");
  auto serial = Pattern::Compile(
      "serial", u"(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+(?:[-/.][\\p{L}\\p{N}]+)*(?<=[\\p{L}\\p{N}])");
  auto standard_number = Pattern::Compile("standard number",
                                          u"(?<![\\p{L}\\p{N}])(ISBN|ISSN)(?:-1[03])?:?\\s+"
                                          u"(\\d[\\d\\-]{5,}[\\dXx])(?![\\p{L}\\p{N}\\-])");
  for (auto* p : {&fraction, &vulgar, &ordinal, &ordinal_dot, &marked, &range, &pair, &cardinal,
                  &serial, &standard_number}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(new NumberRule(
      context, std::move(fraction).value(), std::move(vulgar).value(), std::move(ordinal).value(),
      std::move(ordinal_dot).value(), std::move(marked).value(), std::move(range).value(),
      std::move(pair).value(), std::move(cardinal).value(), std::move(serial).value(),
      std::move(standard_number).value()));
}

}  // namespace spoken
