// Money: $2.50, £2.01, ¥30b, $0.2 million, $20/mo, $250-$300, 12,50 €, USD 40.
// Up to two decimals (after dropping trailing zeros) are read as major and minor units
// ("twenty dollars fifty cents"); more decimals as a decimal amount ("one point one one
// one pounds").
#include <algorithm>

#include "core/ascii.h"
#include "text/text_rule.h"

namespace spoken {
namespace {

// "USD", "EUR": an ISO 4217 code, which may also be written in lower case.
// ISO codes ("USD") and other symbols of two letters or more ("Rs", "US$", "Mex$") are also
// written in lower case ("usd 2", "rs 5"); one-letter symbols ("R$") need two characters.
bool MatchesInAnyCase(std::string_view symbol) {
  const auto letters = std::count_if(symbol.begin(), symbol.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
  return letters >= 2 || (letters == 1 && symbol.size() >= 2);
}

class MoneyRule final : public TextRule {
 public:
  MoneyRule(const RuleContext& context, Pattern range, Pattern before, Pattern after)
      : data_(context.data),
        numbers_(context.numbers),
        range_(std::move(range)),
        before_(std::move(before)),
        after_(std::move(after)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    range_.ForEach(text, [&](icu::RegexMatcher& m) {
      const CurrencyWords* currency = Currency(GroupText(m, 1));
      if (currency == nullptr) return;
      const std::string per = Per(GroupText(m, 6));
      std::string said;
      if (GroupText(m, 4).empty()) {  // "$5-10": the currency once, at the end
        said = Join(
            {numbers_.Number(GroupText(m, 2)), data_.to, Amount(*currency, GroupText(m, 5), "")});
      } else {
        said = Join({Amount(*currency, GroupText(m, 2), GroupText(m, 3)), data_.to,
                     Amount(*currency, GroupText(m, 5), "")});
      }
      set.Add(m.start(status), m.end(status), Join({said, per}), "money range");
    });
    // Groups: currency, number, scale, per-unit; written after the number, the
    // currency comes third.
    for (const Pattern* p : {&before_, &after_}) {
      const bool after = p == &after_;
      p->ForEach(text, [&](icu::RegexMatcher& m) {
        const CurrencyWords* currency = Currency(GroupText(m, after ? 3 : 1));
        if (currency == nullptr) return;
        const std::string said =
            Join({Amount(*currency, GroupText(m, after ? 1 : 2), GroupText(m, after ? 2 : 3)),
                  Per(GroupText(m, 4))});
        if (!said.empty()) set.Add(m.start(status), m.end(status), said, "money");
      });
    }
  }

 private:
  const CurrencyWords* Currency(const std::string& written) const {
    for (const CurrencyWords& c : data_.currencies) {
      if (c.symbol == written) return &c;
    }
    for (const CurrencyWords& c : data_.currencies) {
      if (MatchesInAnyCase(c.symbol) && EqualsIgnoringAsciiCase(c.symbol, written)) return &c;
    }
    return nullptr;
  }

  std::string Per(const std::string& unit) const {
    if (unit.empty()) return "";
    for (const UnitWords& u : data_.units) {
      if (u.symbol == unit) return Join({data_.per, u.singular});
    }
    return Join({data_.per, unit});
  }

  std::string Amount(const CurrencyWords& currency, const std::string& written,
                     const std::string& scale) const {
    WrittenNumber n;
    if (!ParseWrittenNumber(written, data_, n)) return "";
    if (!scale.empty()) {
      const Replacement* word = Lookup(data_.scale_words, scale, true);
      // "and" belongs before the last tens of the whole amount: 460 billion has none.
      return Join({numbers_.Number(written, NumberStyle::kPlain), word ? word->spoken : scale,
                   data_.scale_of_word, currency.plural});
    }
    std::string fraction = n.fraction;
    while (fraction.size() > 2 && fraction.back() == '0') fraction.pop_back();
    const bool minor = n.has_point && fraction.size() <= 2 && !currency.minor_plural.empty();
    if (n.has_point && !minor) {
      return Join({numbers_.Number(written), currency.plural});
    }
    if (fraction.size() == 1) fraction += '0';
    const bool has_major =
        !n.integer.empty() && n.integer.find_first_not_of('0') != std::string::npos;
    const bool has_minor = minor && fraction != "00";
    std::string out = n.negative ? std::string(data_.minus) : "";
    if (has_major || !has_minor) {
      const std::string major = n.integer.empty() ? "0" : n.integer;
      const std::string words = numbers_.Cardinal(
          major, currency.feminine ? NumberStyle::kFeminine : NumberStyle::kAmount);
      out = Join({out, words, EndsWithScale(words) ? data_.scale_of_word : "",
                  major == "1" ? currency.singular : currency.plural});
    }
    if (has_minor) {
      if (has_major) out = Join({out, data_.money_and});
      out = Join({out, numbers_.Cardinal(fraction),
                  fraction == "01" ? currency.minor_singular : currency.minor_plural});
    }
    return out;
  }

  // "un millón", "dois milhões": a round amount ending in a scale word takes "de" before
  // the currency where the locale says so (LocaleData::scale_of_word).
  bool EndsWithScale(const std::string& words) const {
    if (data_.scale_of_word.empty()) return false;
    for (const Replacement& scale : data_.scale_words) {
      if (scale.spoken.size() > 3 && words.ends_with(scale.spoken)) return true;
    }
    return false;
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern range_, before_, after_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeMoneyRule(const RuleContext& context) {
  std::vector<std::string_view> symbols, scales, periods;
  for (const CurrencyWords& c : context.data.currencies) symbols.push_back(c.symbol);
  for (const Replacement& s : context.data.scale_words) scales.push_back(s.written);
  for (const UnitWords& u : context.data.units) {
    if (u.symbol.size() <= 3 && u.symbol != "%") periods.push_back(u.symbol);
  }
  std::vector<std::string_view> codes;
  for (std::string_view symbol : symbols) {
    if (MatchesInAnyCase(symbol)) codes.push_back(symbol);
  }
  const icu::UnicodeString currency =
      u"(" + Alternation(symbols) + u"|(?i:" + Alternation(codes) + u"))";
  const icu::UnicodeString number = u"(" + NumberRegex(context.data, true) + u")";
  // Scale words of three letters or more in any case ("2,2 millionen"); "m", "k" as written.
  std::vector<std::string_view> short_scales, long_scales;
  for (std::string_view s : scales) (s.size() >= 3 ? long_scales : short_scales).push_back(s);
  const icu::UnicodeString scale = u"(?:\\s?((?i:" + Alternation(long_scales) + u")|" +
                                   Alternation(short_scales) + u")(?![\\p{L}]))?";
  const icu::UnicodeString per = u"(?:/(" + Alternation(periods) + u")(?![\\p{L}]))?";
  // An amount glued to other symbols ("$12@12%") is a code, not money.
  const icu::UnicodeString end = u"(?![\\p{L}\\p{N}@#$%&*])";
  auto range = Pattern::Compile("money range", u"(?<![\\p{L}\\p{N}])" + currency + u"\\s?" +
                                                   number + scale + u"\\s*[-\\u2013]\\s*(?:" +
                                                   currency + u")?\\s?" + number + per + end);
  auto before = Pattern::Compile(
      "money", u"(?<![\\p{L}\\p{N}])" + currency + u"\\s?" + number + scale + per + end);
  auto after = Pattern::Compile(
      "money after", u"(?<![\\p{L}\\p{N}.,])" + number + scale + u"\\s?" + currency + per + end);
  for (auto* p : {&range, &before, &after}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(new MoneyRule(
      context, std::move(range).value(), std::move(before).value(), std::move(after).value()));
}

}  // namespace spoken
