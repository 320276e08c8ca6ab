// Measures: a number (or range, or fraction) with a unit symbol: 12kg, 5-10 mg, 4 1/2 lbs,
// 1/2 ft, 2°C, 5 mg/dL, 41,459.00 km³, 12kg/kg, 7.2-millimeter, 3 billion km (a scale word
// between), 579.2/km² and 5/lb ("per": a slash before the unit). Units come from the
// locale's table; compound units are read "<unit> per <unit>". Context used: only the
// characters of the measure itself.
#include <unicode/uchar.h>

#include "text/text_rule.h"

namespace spoken {
namespace {

class MeasureRule final : public TextRule {
 public:
  MeasureRule(const RuleContext& context, Pattern measure, Pattern adjective)
      : data_(context.data),
        numbers_(context.numbers),
        measure_(std::move(measure)),
        adjective_(std::move(adjective)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    measure_.ForEach(text, [&](icu::RegexMatcher& m) {
      // Groups: 1 minus, 2 whole, 3 numerator, 4 denominator | 5 number, 6 range end;
      // 7 scale word, 8 slash ("per"), 9 unit, 10 unit after a slash.
      const bool slash = GroupStart(m, 8) >= 0;
      const UnitWords* unit = Unit(GroupText(m, 9), slash);
      if (unit == nullptr) return;
      // "108 W 55th Street": a one-letter symbol before a number is a direction or a label.
      const int32_t end = m.end(status);
      if (GroupText(m, 9).size() == 1 && end + 1 < text.length() && text.charAt(end) == u' ' &&
          u_isdigit(text.charAt(end + 1))) {
        return;
      }
      const std::string per_written = GroupText(m, 10);
      const UnitWords* per = per_written.empty() ? nullptr : Unit(per_written, true);
      if (!per_written.empty() && per == nullptr) return;
      const std::string scale_written = GroupText(m, 7);
      const Replacement* scale =
          scale_written.empty() ? nullptr : Lookup(data_.scale_words, scale_written, true);
      if (GroupStart(m, 3) >= 0 && !data_.measure_fraction_of.empty() && !slash &&
          scale == nullptr) {
        std::string said =
            Join({GroupText(m, 1).empty() ? "" : data_.minus,
                  FractionOfUnit(GroupText(m, 2), GroupText(m, 3), GroupText(m, 4), *unit)});
        if (per != nullptr) said = Join({said, data_.per, per->singular});
        set.Add(m.start(status), m.end(status), said, "measure");
        return;
      }
      std::string amount;
      bool singular = false;
      if (GroupStart(m, 3) >= 0) {  // fraction "1/2", "4 1/2"
        amount = Join({GroupText(m, 1).empty() ? "" : data_.minus,
                       numbers_.Fraction(GroupText(m, 2), GroupText(m, 3), GroupText(m, 4))});
        singular = GroupText(m, 2).empty() && GroupText(m, 3) == "1";
      } else if (!GroupText(m, 6).empty()) {  // range "5-10"
        amount = Join({Number(GroupText(m, 5)), data_.to, Number(GroupText(m, 6))});
      } else {
        const std::string written = GroupText(m, 5);
        const NumberStyle counted = unit->feminine       ? NumberStyle::kFeminine
                                    : unit->number_alone ? NumberStyle::kAlone
                                                         : NumberStyle::kAmount;
        amount = numbers_.Number(written, scale != nullptr ? NumberStyle::kPlain : counted);
        singular = scale == nullptr && (written == "1" || written == "-1" ||
                                        written ==
                                            "\xE2\x88\x92"
                                            "1");
      }
      if (amount.empty()) return;
      if (scale != nullptr) amount = Join({amount, scale->spoken});
      std::string said;
      if (slash) {  // "5/lb": five per pound
        said = Join({amount, data_.per, unit->singular});
      } else {
        said = Join({amount, singular ? unit->singular : unit->plural});
      }
      if (per != nullptr) said = Join({said, data_.per, per->singular});
      set.Add(m.start(status), m.end(status), said, "measure");
    });
    adjective_.ForEach(text, [&](icu::RegexMatcher& m) {
      // "7.2-millimeter bullet": the number as an amount, the unit word as written.
      const std::string said = Join({Number(GroupText(m, 1)), GroupText(m, 2)});
      set.Add(m.start(status), m.end(status), said, "measure");
    });
  }

 private:
  std::string Number(const std::string& written) const { return numbers_.Number(written); }

  // A fraction of `unit` the Spanish way (LocaleData::measure_fraction_of): "tres quintos
  // de milla", "tres y tres quintos de metro", "medio milímetro", "una y media milla";
  // the whole part agrees with the unit ("una", "uno": said alone, not "un").
  std::string FractionOfUnit(const std::string& whole, const std::string& numerator,
                             const std::string& denominator, const UnitWords& unit) const {
    std::string said;
    if (!whole.empty()) {
      said = Join(
          {numbers_.Cardinal(whole, unit.feminine ? NumberStyle::kFeminine : NumberStyle::kAlone),
           data_.fraction_and});
    }
    const std::string_view half = data_.half_words[unit.feminine ? 1 : 0];
    if (numerator == "1" && denominator == "2" && !half.empty()) {
      return Join({said, half, unit.singular});
    }
    return Join({said, numbers_.Fraction("", numerator, denominator), data_.measure_fraction_of,
                 unit.singular});
  }

  const UnitWords* Unit(const std::string& written, bool after_per) const {
    for (const UnitWords& u : data_.units) {
      if (u.symbol == written && (after_per || !u.per_only)) return &u;
    }
    const icu::UnicodeString folded = U16(written).foldCase();
    for (const UnitWords& u : data_.units) {
      if (u.any_case && U16(u.symbol).foldCase() == folded && (after_per || !u.per_only)) {
        return &u;
      }
    }
    return nullptr;
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern measure_, adjective_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeMeasureRule(const RuleContext& context) {
  std::vector<std::string_view> exact, any_case, words, scales;
  for (const Replacement& s : context.data.scale_words) {
    if (s.written.size() >= 3) scales.push_back(s.written);  // not "m", "k": units
  }
  for (const UnitWords& u : context.data.units) {
    (u.any_case ? any_case : exact).push_back(u.symbol);
    words.push_back(u.singular);
    words.push_back(u.plural);
  }
  const icu::UnicodeString unit =
      u"(" + Alternation(exact) + u"|(?i:" + Alternation(any_case) + u"))";
  const icu::UnicodeString number = u"(" + NumberRegex(context.data, true) + u")";
  const icu::UnicodeString plain = NumberRegex(context.data, false);
  // Groups: 1-4 fraction, 5 number, 6 range end, 7 scale, 8 slash, 9 unit, 10 per-unit.
  auto measure = Pattern::Compile(
      "measure", u"(?<![\\p{L}\\p{N}.,/\\-])(?:(-)?(?:(\\d{1,3})\\s+)?(\\d{1,2})/(\\d{1,2})|" +
                     number + u"(?:\\s*[-\\u2013]\\s*(" + plain + u"))?)(?:\\s+((?i:" +
                     Alternation(scales) + u")))?(\\s?/\\s?)?\\s?" + unit + u"(?:/" + unit + u")?" +
                     u"(?![\\p{L}\\p{N}]|[\\u00B2\\u00B3])");
  auto adjective = Pattern::Compile("measure adjective", u"(?<![\\p{L}\\p{N}.,])" + number + u"-(" +
                                                             Alternation(words) + u")(?![\\p{L}])");
  for (auto* p : {&measure, &adjective}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(
      new MeasureRule(context, std::move(measure).value(), std::move(adjective).value()));
}

}  // namespace spoken
