// Roman numerals, only where the context makes them numbers: after a label word
// ("Chapter IV" -> "Chapter four", "World War II") or a regnal title or name
// ("King Henry VIII" -> "King Henry the eighth"). "I" alone is never a numeral.
#include "text/text_rule.h"

namespace spoken {
namespace {

int RomanValue(const std::string& roman) {
  auto value = [](char c) {
    switch (c) {
      case 'I':
        return 1;
      case 'V':
        return 5;
      case 'X':
        return 10;
      case 'L':
        return 50;
      case 'C':
        return 100;
      case 'D':
        return 500;
      case 'M':
        return 1000;
      default:
        return 0;
    }
  };
  int total = 0;
  for (size_t i = 0; i < roman.size(); ++i) {
    const int v = value(roman[i]);
    if (v == 0) return 0;
    total += (i + 1 < roman.size() && v < value(roman[i + 1])) ? -v : v;
  }
  return total;
}

// The canonical numeral for `n`, to reject words such as "MIX" or "DID".
std::string RomanOf(int n) {
  static constexpr std::pair<int, const char*> kParts[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [value, letters] : kParts) {
    for (; n >= value; n -= value) out += letters;
  }
  return out;
}

class RomanRule final : public TextRule {
 public:
  RomanRule(const RuleContext& context, Pattern pattern)
      : data_(context.data), numbers_(context.numbers), pattern_(std::move(pattern)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    pattern_.ForEach(text, [&](icu::RegexMatcher& m) {
      const std::string context = GroupText(m, 1), roman = GroupText(m, 2);
      const int value = RomanValue(roman);
      if (value <= 0 || value > 3999 || RomanOf(value) != roman) return;
      bool ordinal = false;
      const icu::UnicodeString folded = U16(context).foldCase();
      for (const RomanContext& c : data_.roman_contexts) {
        if (U16(c.word).foldCase() == folded) ordinal = c.ordinal;
      }
      if (ordinal && value == 1 && roman == "I" && context.empty()) return;
      const std::string digits = std::to_string(value);
      const std::string said = ordinal ? Join({data_.the_word, numbers_.Ordinal(digits)})
                                       : numbers_.Cardinal(digits, NumberStyle::kPlain);
      set.Add(GroupStart(m, 2), GroupEnd(m, 2), said, "roman numeral");
    });
  }

 private:
  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern pattern_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeRomanRule(const RuleContext& context) {
  std::vector<std::string_view> words;
  for (const RomanContext& c : context.data.roman_contexts) words.push_back(c.word);
  auto pattern = Pattern::Compile(
      "roman numeral",
      u"(?<![\\p{L}])(" + Alternation(words) + u")\\s+([IVXLCDM]+)(?![\\p{L}\\p{N}])",
      UREGEX_CASE_INSENSITIVE);
  if (!pattern.ok()) return pattern.error();
  return std::unique_ptr<TextRule>(new RomanRule(context, std::move(pattern).value()));
}

}  // namespace spoken
