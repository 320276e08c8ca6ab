// Street addresses: "1211 E Arques Ave", "123 Smth St, City, NY". The house number is read
// in pairs as people say it ("twelve eleven", "one twenty-three"), directions and street
// types in full; a state code after a comma in the same address is named.
#include "text/text_rule.h"

namespace spoken {
namespace {

class AddressRule final : public TextRule {
 public:
  AddressRule(const RuleContext& context, Pattern street, Pattern region)
      : data_(context.data),
        numbers_(context.numbers),
        street_(std::move(street)),
        region_(std::move(region)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    int32_t address_end = -1;
    street_.ForEach(text, [&](icu::RegexMatcher& m) {
      if (!set.Add(GroupStart(m, 1), GroupEnd(m, 1), HouseNumber(GroupText(m, 1)),
                   "house number")) {
        return;
      }
      // Name words: directions and ordinals ("S 1st") in full, the rest as written.
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString name = m.group(2, status);
      const int32_t name_begin = GroupStart(m, 2);
      int32_t i = 0;
      while (i < name.length()) {
        int32_t j = name.indexOf(u' ', i);
        if (j < 0) j = name.length();
        const std::string word = Utf8(name.tempSubStringBetween(i, j));
        if (const Replacement* r = Lookup(data_.street_types, word)) {
          if (word.size() == 1)
            set.Add(name_begin + i, name_begin + j, std::string(r->spoken), "street direction");
        } else if (!word.empty() && word[0] >= '0' && word[0] <= '9') {
          std::string digits;
          for (char c : word) {
            if (c >= '0' && c <= '9') digits += c;
          }
          set.Add(name_begin + i, name_begin + j, numbers_.Ordinal(digits), "ordinal");
        }
        i = j + 1;
      }
      const Replacement* type = Lookup(data_.street_types, GroupText(m, 3));
      if (type != nullptr) {
        set.Add(GroupStart(m, 3), GroupEnd(m, 3), std::string(type->spoken), "street type");
      }
      address_end = GroupEnd(m, 0);
    });
    if (address_end < 0) return;
    region_.ForEach(text, [&](icu::RegexMatcher& m) {
      if (GroupStart(m, 0) < address_end) return;
      const Replacement* region = Lookup(data_.regions, GroupText(m, 1));
      if (region != nullptr) {
        set.Add(GroupStart(m, 1), GroupEnd(m, 1), std::string(region->spoken), "region");
      }
    });
  }

 private:
  std::string HouseNumber(const std::string& digits) const {
    if (digits.size() == 3) return numbers_.InPairs(digits);
    if (digits.size() == 4) return numbers_.Year(digits);
    if (digits.size() >= 5) return numbers_.Digits(digits);
    return numbers_.Cardinal(digits, NumberStyle::kPlain);
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern street_, region_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeAddressRule(const RuleContext& context) {
  std::vector<std::string_view> types, regions;
  for (const Replacement& r : context.data.street_types) {
    if (r.written.size() > 1) types.push_back(r.written);
  }
  for (const Replacement& r : context.data.regions) regions.push_back(r.written);
  if (types.empty()) {
    struct None final : TextRule {
      void Find(const icu::UnicodeString&, RewriteSet&) const override {}
    };
    return std::unique_ptr<TextRule>(new None);
  }
  // Groups: 1 house number, 2 street name (1-3 capitalized words, a direction, an ordinal),
  // 3 street type.
  auto street = Pattern::Compile(
      "street address",
      u"(?<![\\p{L}\\p{N}.,])(\\d{1,5})\\s+((?:(?:[NSEW]|\\d+(?:st|nd|rd|th)|\\p{Lu}[\\p{L}'-]*)"
      u"\\s+){1,3}?)(" +
          Alternation(types) + u")(?![\\p{L}])");
  auto region = Pattern::Compile("region", u",\\s*(" + Alternation(regions) + u")(?![\\p{L}])");
  for (auto* p : {&street, &region}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(
      new AddressRule(context, std::move(street).value(), std::move(region).value()));
}

}  // namespace spoken
