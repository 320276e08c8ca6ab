// Telephone numbers and IP addresses: +1 123-123-5678, (555)555-5555, 1-800-GO-2-HAUL,
// 111-11-1111, 123.123.0.40. Digit groups are read digit by digit with a pause between
// groups; toll-free prefixes have their own reading ("one, eight hundred").
#include <unicode/uchar.h>

#include "text/text_rule.h"

namespace spoken {
namespace {

class TelephoneRule final : public TextRule {
 public:
  TelephoneRule(const RuleContext& context, Pattern ip, Pattern phone)
      : data_(context.data),
        numbers_(context.numbers),
        ip_(std::move(ip)),
        phone_(std::move(phone)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    ip_.ForEach(text, [&](icu::RegexMatcher& m) {
      if (GroupedNumber(GroupText(m, 0))) return;
      std::string said;
      for (int g = 1; g <= 4; ++g) {
        said = Join({said, g > 1 ? data_.dot : "", numbers_.Digits(GroupText(m, g))});
      }
      set.Add(m.start(status), m.end(status), said, "ip address");
    });
    phone_.ForEach(text, [&](icu::RegexMatcher& m) {
      if (GroupStart(m, 1) < 0 && GroupStart(m, 2) < 0 && GroupedNumber(GroupText(m, 3))) return;
      const std::string said = Say(GroupText(m, 1), GroupText(m, 2), GroupText(m, 3));
      if (!said.empty()) set.Add(m.start(status), m.end(status), said, "telephone");
    });
  }

 private:
  // "1.000.000" where a full stop groups thousands (German, Spanish, ...) is a number.
  bool GroupedNumber(const std::string& written) const {
    WrittenNumber n;
    return data_.group_separator == u'.' && ParseWrittenNumber(written, data_, n) && n.grouped &&
           !n.has_point;
  }

  // `country` like "+1", `area` from "(555)", `rest` the groups joined by '-', '.' or ' '.
  std::string Say(const std::string& country, const std::string& area,
                  const std::string& rest) const {
    std::vector<std::string> groups;
    if (!area.empty()) groups.push_back(area);
    std::string current;
    for (char c : rest + "-") {
      if (c == '-' || c == '.' || c == ' ') {
        if (!current.empty()) groups.push_back(current);
        current.clear();
      } else {
        current += c;
      }
    }
    size_t digits = 0, digit_groups = 0;
    for (const std::string& g : groups) {
      digits += g.size();  // vanity letters stand for keypad digits
      if (g[0] >= '0' && g[0] <= '9') ++digit_groups;
    }
    const bool trunk = groups.size() > 1 && groups[0] == "1" && groups[1].size() == 3;
    bool local = false;
    static constexpr TelephoneGroups kNorthAmerican[] = {{3, 4}};
    for (const TelephoneGroups& shape : data_.local_telephone_groups.empty()
                                            ? std::span<const TelephoneGroups>(kNorthAmerican)
                                            : data_.local_telephone_groups) {
      local = local || (groups.size() == 2 && groups[0].size() == shape.first &&
                        groups[1].size() == shape.second);
    }
    const bool shaped = !country.empty() || !area.empty() || trunk || local ||
                        (groups[0].size() == 3 && groups[0][0] >= '0' && groups[0][0] <= '9');
    // After a country code or an area code in parentheses any grouping is a number.
    const bool prefixed = !country.empty() || !area.empty();
    if (digits < 7 || (!prefixed && (digit_groups < 2 || (groups.size() < 3 && !local))) ||
        !shaped) {
      return "";
    }
    std::string out;
    if (!country.empty()) {
      // A three-digit code is read digit by digit even where shorter ones are numbers.
      const bool as_number = data_.country_code_as_number && country.size() <= 2;
      out = Join({data_.plus, as_number ? numbers_.Cardinal(country, NumberStyle::kPlain)
                                        : numbers_.Digits(country)});
    }
    for (size_t i = 0; i < groups.size(); ++i) {
      std::string said;
      const bool after_trunk = (i == 1 && trunk) || (i == 0 && country == "1");
      const Replacement* toll_free =
          after_trunk ? Lookup(data_.toll_free_prefixes, groups[i]) : nullptr;
      if (toll_free != nullptr) {
        said = toll_free->spoken;
      } else if (groups[i][0] >= '0' && groups[i][0] <= '9') {
        said = numbers_.Digits(groups[i]);
      } else {
        said = groups[i];  // vanity letters, as written
      }
      out = out.empty() ? said : out + ", " + said;
    }
    return out;
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern ip_, phone_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeTelephoneRule(const RuleContext& context) {
  const icu::UnicodeString octet = u"(\\d{1,3})";
  auto ip =
      Pattern::Compile("ip address", u"(?<![\\p{L}\\p{N}.])" + octet + u"\\." + octet + u"\\." +
                                         octet + u"\\." + octet + u"(?![\\p{L}\\p{N}]|\\.\\p{N})");
  // Groups: 1 country code, 2 area code in parentheses, 3 the rest.
  auto phone =
      Pattern::Compile("telephone",
                       u"(?<![\\p{L}\\p{N}.\\-])(?:\\+(\\d{1,3})[\\s-]?)?(?:\\((\\d{2,5})\\)\\s?)?"
                       u"((?:[\\dA-Z]{1,4}[-.](?=[\\dA-Z])){1,5}[\\dA-Z]{1,4}|\\d{3,5}[-.]\\d{4}|"
                       u"(?<=[\\s)])\\d{6,12}|"
                       // after a country code, groups separated by spaces: "+34 912 345 678"
                       u"(?<=\\+\\d{1,3}\\s)\\d{2,4}(?:\\s\\d{2,4}){1,4})"
                       u"(?![\\p{L}\\p{N}]|[-.]\\p{N})");
  for (auto* p : {&ip, &phone}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(
      new TelephoneRule(context, std::move(ip).value(), std::move(phone).value()));
}

}  // namespace spoken
