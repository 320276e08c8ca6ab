// Words and symbols: abbreviations (Dr., e.g., U.S., "et al."), initials (C. S. Lewis), and
// symbols (&, ±, ×, →, §, #, %, currency signs on their own). Abbreviations are whole
// tokens looked up in the locale's table; symbols are looked up character by character.
#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>

#include "text/text_rule.h"

namespace spoken {
namespace {

bool IsLeadingPunctuation(UChar c) { return c == u'(' || c == u'"' || c == u'\'' || c == u'['; }
bool IsTrailingPunctuation(UChar c) {
  return c == u',' || c == u';' || c == u':' || c == u')' || c == u'!' || c == u'?' || c == u'"' ||
         c == u'\'' || c == u']';
}

class AbbreviationRule final : public TextRule {
 public:
  AbbreviationRule(const RuleContext& context, Pattern initials) : initials_(std::move(initials)) {
    table_.Fill(context.data.abbreviations);
    before_name_.Fill(context.data.before_names);
    after_name_.Fill(context.data.after_names);
    after_place_.Fill(context.data.state_abbreviations);
  }

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    if (HasInitial(text)) {
      initials_.ForEach(text, [&](icu::RegexMatcher& m) {
        // "C. S. Lewis" -> "CS Lewis": initials said as letters, without sentence stops.
        std::string letters;
        const icu::UnicodeString found = m.group(1, status);
        for (int32_t i = 0; i < found.length(); ++i) {
          if (u_isupper(found.charAt(i))) letters += static_cast<char>(found.charAt(i));
        }
        set.Add(m.start(1, status), m.end(1, status), letters, "initials");
      });
    }
    // Tokens between spaces, without the punctuation around them; "et al." spans two.
    std::vector<std::pair<int32_t, int32_t>> tokens;
    for (int32_t i = 0; i < text.length();) {
      while (i < text.length() && u_isspace(text.charAt(i))) ++i;
      int32_t end = i;
      while (end < text.length() && !u_isspace(text.charAt(end))) ++end;
      if (end > i) tokens.emplace_back(i, end);
      i = end;
    }
    for (size_t t = 0; t < tokens.size(); ++t) {
      int32_t begin = tokens[t].first;
      while (begin < tokens[t].second && IsLeadingPunctuation(text.charAt(begin))) ++begin;
      if (t + 1 < tokens.size() && TryAt(table_, text, begin, tokens[t + 1].second, set, "")) {
        ++t;
        continue;
      }
      if (TryAt(table_, text, begin, tokens[t].second, set, "")) continue;
      // Context: "St Peter", "Mt. Darwin" (a capitalized word after); "John Smith jr" (a
      // capitalized word before); "Macon, Ga." (a comma after a capitalized place name).
      const bool name_after = t + 1 < tokens.size() &&
                              u_isupper(text.charAt(tokens[t + 1].first)) &&
                              u_isalpha(text.charAt(tokens[t].second - 1));
      if (name_after && TryAt(before_name_, text, begin, tokens[t].second, set, "before a name")) {
        continue;
      }
      if (t > 0 && u_isupper(text.charAt(tokens[t - 1].first)) &&
          u_isalpha(text.charAt(tokens[t - 1].second - 1)) &&
          TryAt(after_name_, text, begin, tokens[t].second, set, "after a name")) {
        continue;
      }
      if (t > 0 && u_isupper(text.charAt(tokens[t - 1].first)) &&
          text.charAt(tokens[t - 1].second - 1) == u',' &&
          TryAt(after_place_, text, begin, tokens[t].second, set, "after a place name")) {
        continue;
      }
      SpellInitialism(text, tokens, t, set);
    }
  }

 private:
  struct Table {
    std::unordered_map<std::string, std::string_view> words;
    int32_t longest = 0;  // UTF-8 bytes of the longest written form: no longer span is looked up

    void Fill(std::span<const Replacement> replacements) {
      for (const Replacement& r : replacements) {
        words.emplace(r.written, r.spoken);
        longest = std::max(longest, static_cast<int32_t>(r.written.size()));
      }
    }
  };

  // Looks up text[begin, end) in `table`, then the same without trailing punctuation
  // ("e.g.," -> "e.g.", but "401(k)" is tried whole first). `context` names the context
  // that allowed the table, for --explain.
  static bool TryAt(const Table& table, const icu::UnicodeString& text, int32_t begin, int32_t end,
                    RewriteSet& set, std::string_view context) {
    for (;;) {
      if (end <= begin) return false;
      // A UTF-16 span is never longer than its UTF-8 form, so a longer span cannot match.
      const auto found = end - begin > table.longest
                             ? table.words.end()
                             : table.words.find(Utf8(text.tempSubStringBetween(begin, end)));
      if (found != table.words.end()) {
        return set.Add(
            begin, end, std::string(found->second),
            context.empty() ? "abbreviation" : "abbreviation (" + std::string(context) + ")");
      }
      if (!IsTrailingPunctuation(text.charAt(end - 1))) return false;
      --end;
    }
  }

  // "NYC", "HLRT", "BBC": capitals without a vowel cannot be read as a word, so they are
  // spelled (eSpeak says "nick" for NYC). Not inside a line in capitals ("BY THE SEA"),
  // where words lose their vowels' hint.
  static void SpellInitialism(const icu::UnicodeString& text,
                              const std::vector<std::pair<int32_t, int32_t>>& tokens, size_t t,
                              RewriteSet& set) {
    auto word = [&](size_t i) {
      int32_t begin = tokens[i].first, end = tokens[i].second;
      while (begin < end && IsLeadingPunctuation(text.charAt(begin))) ++begin;
      while (end > begin && IsTrailingPunctuation(text.charAt(end - 1))) --end;
      return std::pair<int32_t, int32_t>{begin, end};
    };
    auto capitals = [&](std::pair<int32_t, int32_t> w) {
      if (w.second - w.first < 2) return false;
      for (int32_t i = w.first; i < w.second; ++i) {
        if (text.charAt(i) < u'A' || text.charAt(i) > u'Z') return false;
      }
      return true;
    };
    const auto [begin, end] = word(t);
    if (!capitals({begin, end}) || end - begin > 5) return;
    if ((t > 0 && capitals(word(t - 1))) || (t + 1 < tokens.size() && capitals(word(t + 1)))) {
      return;
    }
    // "ISSN", "OCLC": a vowel only in front of three or four consonants is no word either,
    // unless the consonants can close an English word ("ARCH", "INKS": an H or a plural S).
    auto vowel = [](UChar c) {
      return c == u'A' || c == u'E' || c == u'I' || c == u'O' || c == u'U';
    };
    const bool vowel_first = vowel(text.charAt(begin));
    if (vowel_first && (end - begin < 4 || text.charAt(end - 1) == u'S')) return;
    std::string letters;
    for (int32_t i = begin; i < end; ++i) {
      const UChar c = text.charAt(i);
      if (i > begin || !vowel_first) {
        if (vowel(c) || (vowel_first && (c == u'Y' || c == u'H'))) return;
      }
      if (!letters.empty()) letters += ' ';
      letters += static_cast<char>(c);
    }
    set.Add(begin, end, letters,
            vowel_first ? "initialism (one vowel in front)" : "initialism (no vowel)");
  }

  static bool HasInitial(const icu::UnicodeString& text) {
    for (int32_t i = 1; i < text.length(); ++i) {
      if (text.charAt(i) == u'.' && u_isupper(text.charAt(i - 1)) &&
          (i == 1 || u_isspace(text.charAt(i - 2)))) {
        return true;
      }
    }
    return false;
  }

  Pattern initials_;
  Table table_, before_name_, after_name_, after_place_;
};

class SymbolRule final : public TextRule {
 public:
  explicit SymbolRule(const RuleContext& context) : number_sign_(context.data.number_sign) {
    for (const Replacement& r : context.data.symbols)
      symbols_.push_back({U16(r.written), r.spoken});
    symbols_.push_back({u"/", context.data.slash});
    // Longest first, so that "§§" wins over "§".
    std::stable_sort(symbols_.begin(), symbols_.end(), [](const auto& a, const auto& b) {
      return a.first.length() > b.first.length();
    });
  }

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    for (int32_t i = 0; i < text.length(); ++i) {
      const UChar c = text.charAt(i);
      if (u_isalnum(c) || u_isspace(c)) continue;
      // "#1", "# 840": the sign before a number is "number".
      if (c == u'#' && !number_sign_.empty()) {
        int32_t next = i + 1;
        if (next < text.length() && text.charAt(next) == u' ') ++next;
        if (next < text.length() && u_isdigit(text.charAt(next)) &&
            set.Add(i, i + 1, std::string(number_sign_), "symbol (before a number)")) {
          continue;
        }
      }
      for (const auto& [written, spoken] : symbols_) {
        if (text.compare(i, written.length(), written) != 0) continue;
        if (set.Add(i, i + written.length(), std::string(spoken), "symbol")) {
          i += written.length() - 1;
        }
        break;
      }
    }
  }

 private:
  std::vector<std::pair<icu::UnicodeString, std::string_view>> symbols_;
  std::string_view number_sign_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeAbbreviationRule(const RuleContext& context) {
  auto initials = Pattern::Compile(
      "initials", u"(?<![\\p{L}.])((?:\\p{Lu}\\.\\s?){1,3}\\p{Lu}\\.)(?=\\s+\\p{Lu}\\p{Ll})");
  if (!initials.ok()) return initials.error();
  return std::unique_ptr<TextRule>(new AbbreviationRule(context, std::move(initials).value()));
}

Result<std::unique_ptr<TextRule>> MakeSymbolRule(const RuleContext& context) {
  return std::unique_ptr<TextRule>(new SymbolRule(context));
}

}  // namespace spoken
