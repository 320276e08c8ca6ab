// Times of day and durations: 5 p.m., 9:30 P. M., 5pm-7 pm, 17:30, 9.30 p.m., 2.30 Uhr,
// 01:59 p.m. EST, 14:10:30, 1030 am. "h:mm:ss" is read as hours, minutes and seconds
// (German "h Uhr m Minuten s Sekunden"); "h:00" without a.m./p.m. as o'clock.
// Context used: a dot between hour and minutes makes a time only before a.m./p.m. or the
// locale's time word ("Uhr"), or where the locale says so (Spanish "13.30"); four digits
// only before a.m./p.m.
#include "text/text_rule.h"

namespace spoken {
namespace {

constexpr std::string_view kZones[] = {"EST", "EDT", "CST", "CDT",  "MST", "MDT",
                                       "PST", "PDT", "GMT", "UTC",  "CET", "CEST",
                                       "BST", "IST", "JST", "AEST", "MEZ", "MESZ"};

std::string Letters(const std::string& written) {
  std::string out;
  for (char c : written) {
    if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 32);
    if (c >= 'A' && c <= 'Z') out += c;
  }
  return out;
}

class TimeRule final : public TextRule {
 public:
  TimeRule(const RuleContext& context, Pattern range, Pattern clock, Pattern hour, Pattern h_clock)
      : data_(context.data),
        numbers_(context.numbers),
        range_(std::move(range)),
        clock_(std::move(clock)),
        hour_(std::move(hour)),
        h_clock_(std::move(h_clock)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    range_.ForEach(text, [&](icu::RegexMatcher& m) {
      set.Add(m.start(status), m.end(status),
              Join({Hour(GroupText(m, 1), GroupText(m, 2)), data_.to,
                    Hour(GroupText(m, 3), GroupText(m, 4))}),
              "time range");
    });
    clock_.ForEach(text, [&](icu::RegexMatcher& m) {
      // Groups: 1 hour, 2 separator, 3 minutes, 4 seconds, 5 meridiem, 6 zone, 7 time word.
      const bool dot = GroupText(m, 2) == ".";
      const bool four_digits = GroupStart(m, 2) == GroupEnd(m, 2);
      const bool marked = GroupStart(m, 5) >= 0 || GroupStart(m, 7) >= 0;
      if ((dot && !marked && !data_.dot_clock) || (four_digits && GroupStart(m, 5) < 0)) return;
      const std::string hour = HourBeforePeriod(text, m.end(status), GroupText(m, 1));
      const std::string said =
          Clock(hour, GroupText(m, 3), GroupText(m, 4), GroupText(m, 5), GroupText(m, 6));
      if (!said.empty()) set.Add(m.start(status), m.end(status), said, "time");
    });
    h_clock_.ForEach(text, [&](icu::RegexMatcher& m) {
      // "14h30", "01 h", "7h" (where the locale writes hours with "h"): a time when minutes
      // follow, the hour has a leading zero, or the locale names the hours anyway; "3 h"
      // alone is a duration for the measure rule.
      const std::string hour = HourBeforePeriod(text, m.end(status), GroupText(m, 1));
      const std::string minutes = GroupText(m, 2);
      const bool time =
          !minutes.empty() || (hour.size() == 2 && hour[0] == '0') || data_.clock_hours_word;
      if (!time || std::stoi(hour) > 24) return;
      const std::string seconds = GroupText(m, 3);
      set.Add(m.start(status), m.end(status),
              RomanceClock(std::stoi(hour), minutes.empty() ? 0 : std::stoi(minutes),
                           seconds == "00" ? "" : seconds, ""),
              "time");
    });
    hour_.ForEach(text, [&](icu::RegexMatcher& m) {
      set.Add(m.start(status), m.end(status),
              Join({Hour(GroupText(m, 1), GroupText(m, 2)), Letters(GroupText(m, 3))}), "time");
    });
  }

 private:
  std::string Hour(const std::string& hour, const std::string& meridiem) const {
    return Join({numbers_.Cardinal(hour), Meridiem(meridiem, std::stoi(hour))});
  }

  // The hour of a 24-hour afternoon time (13 to 18) the author follows with the
  // afternoon's words ("15h da tarde"): said as on a 12-hour clock, "três horas da tarde".
  // Else `hour` as written (a later hour is no afternoon: "23:18 da tarde" stays).
  std::string HourBeforePeriod(const icu::UnicodeString& text, int32_t end,
                               const std::string& hour) const {
    const int value = std::stoi(hour);
    if (data_.meridiem_words[1].empty() || value <= 12 || value > 18) return hour;
    while (end < text.length() && text.charAt(end) == u' ') ++end;
    const icu::UnicodeString period = U16(data_.meridiem_words[1]);
    if (text.caseCompare(end, period.length(), period, U_FOLD_CASE_DEFAULT) != 0) return hour;
    return std::to_string(value - 12);
  }

  // "p.m." -> "PM", or the locale's words for it ("de la tarde"; at twelve o'clock
  // LocaleData::twelve_meridiem_words, "del mediodía").
  std::string Meridiem(const std::string& written, int hour) const {
    const std::string letters = Letters(written);
    if (letters.empty() || data_.meridiem_words[0].empty()) return letters;
    const size_t pm = letters[0] == 'A' ? 0 : 1;
    if (hour == 12 && !data_.twelve_meridiem_words[pm].empty()) {
      return std::string(data_.twelve_meridiem_words[pm]);
    }
    return std::string(data_.meridiem_words[pm]);
  }

  std::string Minutes(const std::string& mm) const {
    if (mm[0] == '0') return Join({data_.oh, numbers_.Cardinal(mm.substr(1))});
    return numbers_.Cardinal(mm);
  }

  std::string Clock(const std::string& h, const std::string& mm, const std::string& ss,
                    const std::string& meridiem, const std::string& zone) const {
    const int hour = std::stoi(h), minute = std::stoi(mm);
    if (hour > 24 || minute > 59) return "";
    const std::string suffix = Join({Meridiem(meridiem, hour), Letters(zone)});
    if (!data_.clock_and.empty() || data_.clock_hours_word)
      return RomanceClock(hour, minute, ss, suffix);
    if (!ss.empty()) {
      const int second = std::stoi(ss);
      if (second > 59) return "";
      auto unit = [&](int n, std::string_view one, std::string_view many) {
        return Join(
            {numbers_.Spell(std::to_string(n), data_.duration_rule_set), n == 1 ? one : many});
      };
      if (data_.oclock.empty()) {  // German: "zwei Uhr zwei Minuten drei Sekunden"
        return Join({numbers_.Cardinal(std::to_string(hour)), data_.time_word,
                     unit(minute, data_.minute_word, data_.minutes_word),
                     unit(second, data_.second_word, data_.seconds_word), suffix});
      }
      return Join({unit(hour, data_.hour_word, data_.hours_word),
                   unit(minute, data_.minute_word, data_.minutes_word), data_.and_word,
                   unit(second, data_.second_word, data_.seconds_word), suffix});
    }
    const std::string hour_words = numbers_.Cardinal(std::to_string(hour));
    if (data_.oclock.empty()) {  // German: "siebzehn Uhr dreißig"
      return Join({hour_words, data_.time_word, minute == 0 ? "" : numbers_.Cardinal(mm), suffix});
    }
    if (minute == 0) return Join({hour_words, meridiem.empty() ? data_.oclock : "", suffix});
    return Join({hour_words, Minutes(mm), suffix});
  }

  // "catorze horas e trinta", "cinco y dos", "tres horas dos minutos y treinta y dos
  // segundos": hours in the feminine (duration_rule_set), minutes joined by clock_and.
  std::string RomanceClock(int hour, int minute, const std::string& ss,
                           const std::string& suffix) const {
    auto count = [&](int n, std::string_view one, std::string_view many) {
      // Hours take duration_rule_set ("una hora"); minutes and seconds their own gender.
      const std::string_view rule_set = one == data_.hour_word || data_.minutes_rule_set.empty()
                                            ? data_.duration_rule_set
                                            : data_.minutes_rule_set;
      return Join({numbers_.Spell(std::to_string(n), rule_set), n == 1 ? one : many});
    };
    const std::string hour_words =
        data_.clock_hours_word || !ss.empty()
            ? count(hour, data_.hour_word, data_.hours_word)
            : numbers_.Spell(std::to_string(hour), data_.duration_rule_set);
    if (!ss.empty()) {
      const int second = std::stoi(ss);
      if (second > 59) return "";
      return Join({hour_words, data_.clock_hours_word ? data_.clock_and : "",
                   count(minute, data_.minute_word, data_.minutes_word), data_.clock_and,
                   count(second, data_.second_word, data_.seconds_word), suffix});
    }
    if (minute == 0) return Join({hour_words, suffix});
    // Spanish "doce y cuarto", "trece y media".
    if (minute == 15 && !data_.clock_quarter.empty()) {
      return Join({hour_words, data_.clock_and, data_.clock_quarter, suffix});
    }
    if (minute == 30 && !data_.clock_half.empty()) {
      return Join({hour_words, data_.clock_and, data_.clock_half, suffix});
    }
    // Italian "tre e trentotto minuti": the minutes named where the locale says so.
    const std::string_view minutes_named =
        data_.clock_minutes_word ? (minute == 1 ? data_.minute_word : data_.minutes_word) : "";
    return Join({hour_words, data_.clock_and, numbers_.Cardinal(std::to_string(minute)),
                 minutes_named, suffix});
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern range_, clock_, hour_, h_clock_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeTimeRule(const RuleContext& context) {
  std::vector<std::string_view> zones(std::begin(kZones), std::end(kZones));
  const icu::UnicodeString meridiem = u"((?i:[ap]\\.\\s?m\\.?|am|pm)(?![\\p{L}]))";
  const icu::UnicodeString zone =
      u"(?:\\s*(" + Alternation(zones) + u"|(?i:[ecmp]\\.[sd]\\.t\\.?))(?![\\p{L}]))?";
  auto range = Pattern::Compile("time range", u"(?<![\\p{L}\\p{N}.,:])(\\d{1,2})\\s?" + meridiem +
                                                  u"\\s*[-\\u2013]\\s*"
                                                  u"(\\d{1,2})\\s?" +
                                                  meridiem);
  icu::UnicodeString time_word;
  if (!context.data.time_word.empty()) {
    time_word = u"(?:\\s*(" + Alternation({context.data.time_word}) + u")(?![\\p{L}]))?";
  }
  auto clock =
      Pattern::Compile("clock",
                       u"(?<![\\p{L}\\p{N}.,:])([01]?\\d|2[0-4])([:.]?)([0-5]\\d)(?::([0-5]\\d))?"
                       u"(?![\\p{N}]|[.,:]\\p{N})(?:\\s?" +
                           meridiem + u")?" + zone + time_word);
  auto hour =
      Pattern::Compile("hour", u"(?<![\\p{L}\\p{N}.,:])(1[0-2]|0?[1-9])\\s?" + meridiem + zone);
  auto h_clock = Pattern::Compile(
      "h clock",
      context.data.time_word != "h"
          ? icu::UnicodeString(u"(?!)")
          : icu::UnicodeString(u"(?<![\\p{L}\\p{N}.,:])([01]?\\d|2[0-4])\\s?[hH]"
                               u"(?:([0-5]\\d)(?:m(?:([0-5]\\d)s)?)?)?(?![\\p{L}\\p{N}])"));
  for (auto* p : {&range, &clock, &hour, &h_clock}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(new TimeRule(context, std::move(range).value(),
                                                std::move(clock).value(), std::move(hour).value(),
                                                std::move(h_clock).value()));
}

}  // namespace spoken
