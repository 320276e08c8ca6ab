// Words and symbols: abbreviations (Dr., e.g., U.S.), initials (C. S. Lewis), "et al.",
// and symbols (&, ±, ×, →, §, #, %, currency signs on their own).
#include "text/text_rule.h"

namespace spoken {
namespace {

class WordRule final : public TextRule {
 public:
  WordRule(const RuleContext& context, bool symbols, Pattern abbreviation, Pattern initials,
           Pattern symbol)
      : data_(context.data),
        symbols_(symbols),
        abbreviation_(std::move(abbreviation)),
        initials_(std::move(initials)),
        symbol_(std::move(symbol)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    if (symbols_) {
      symbol_.ForEach(text, [&](icu::RegexMatcher& m) {
        const Replacement* r = Lookup(data_.symbols, GroupText(m, 0));
        if (r == nullptr) return;
        set.Add(m.start(status), m.end(status), std::string(r->spoken), "symbol");
      });
      return;
    }
    initials_.ForEach(text, [&](icu::RegexMatcher& m) {
      // "C. S. Lewis" -> "CS Lewis": initials said as letters, without sentence stops.
      std::string letters;
      const icu::UnicodeString found = m.group(1, status);
      for (int32_t i = 0; i < found.length(); ++i) {
        if (u_isupper(found.charAt(i))) letters += static_cast<char>(found.charAt(i));
      }
      set.Add(m.start(1, status), m.end(1, status), letters, "initials");
    });
    abbreviation_.ForEach(text, [&](icu::RegexMatcher& m) {
      const std::string written = GroupText(m, 0);
      const Replacement* r = Lookup(data_.abbreviations, written);
      if (r == nullptr) return;
      set.Add(m.start(status), m.end(status), std::string(r->spoken), "abbreviation");
    });
  }

 private:
  const LocaleData& data_;
  bool symbols_;  // this instance reads symbols (last); otherwise abbreviations (early)
  Pattern abbreviation_, initials_, symbol_;
};

Result<std::unique_ptr<TextRule>> MakeWordRule(const RuleContext& context, bool read_symbols) {
  std::vector<std::string_view> abbreviations, symbols;
  for (const Replacement& r : context.data.abbreviations) abbreviations.push_back(r.written);
  for (const Replacement& r : context.data.symbols) symbols.push_back(r.written);
  symbols.push_back("/");
  // An abbreviation is a whole token: no letter before it, and no letter after it unless
  // it ends in a dot ("e.g.,").
  auto abbreviation = Pattern::Compile(
      "abbreviation", u"(?<![\\p{L}\\p{N}.])" + Alternation(abbreviations) +
                          u"(?:(?<=\\.)|(?![\\p{L}\\p{N}]))");
  auto initials = Pattern::Compile(
      "initials", u"(?<![\\p{L}.])((?:\\p{Lu}\\.\\s?){1,3}\\p{Lu}\\.)(?=\\s+\\p{Lu}\\p{Ll})");
  auto symbol = Pattern::Compile("symbol", Alternation(symbols));
  for (auto* p : {&abbreviation, &initials, &symbol}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(new WordRule(context, read_symbols, std::move(abbreviation).value(),
                                                std::move(initials).value(),
                                                std::move(symbol).value()));
}

}  // namespace

Result<std::unique_ptr<TextRule>> MakeAbbreviationRule(const RuleContext& context) {
  return MakeWordRule(context, false);
}

Result<std::unique_ptr<TextRule>> MakeSymbolRule(const RuleContext& context) {
  return MakeWordRule(context, true);
}

}  // namespace spoken
