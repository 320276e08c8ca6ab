// Roman numerals, only where the context makes them numbers. The context, in the order
// it is tried:
// - a label word before it ("Chapter IV", "CANTO XXXI", "Vol. II") -> cardinal;
// - a regnal name before it ("Henry VIII", "Louis XIV."), or any capitalized name after
//   a title ("Pope Urban VIII", "King Olaf II") -> "the" + ordinal;
// - a heading: the numeral opens the sentence (or follows a "--" dash) and is followed by
//   nothing, a full stop, a colon, a dash or a word in capitals ("XVII", "III. VARIOUS
//   EXPLANATIONS") -> cardinal;
// - any other capitalized word before a numeral of two letters or more, up to XXXIX
//   ("Peak II", "Apollo XI") -> cardinal;
// - "to", "and", "or" after a numeral read by one of the above ("Category III to IV")
//   -> read the same way;
// - "II" and "III" in any other place ("battle II") -> cardinal.
// Never: "I" before a lowercase word ("Paul I went"), single letters other than I, V, X
// outside labels and regnal names (initials: "William C. Wright"), words that are not
// canonical numerals ("MIX", "DID"). --explain names the deciding context.
#include <unicode/uchar.h>

#include <optional>

#include "text/text_rule.h"

namespace spoken {
namespace {

int RomanValue(const icu::UnicodeString& roman) {
  auto value = [](UChar c) {
    switch (c) {
      case u'I':
        return 1;
      case u'V':
        return 5;
      case u'X':
        return 10;
      case u'L':
        return 50;
      case u'C':
        return 100;
      case u'D':
        return 500;
      case u'M':
        return 1000;
      default:
        return 0;
    }
  };
  int total = 0;
  for (int32_t i = 0; i < roman.length(); ++i) {
    const int v = value(roman.charAt(i));
    if (v == 0) return 0;
    total += (i + 1 < roman.length() && v < value(roman.charAt(i + 1))) ? -v : v;
  }
  return total;
}

// The canonical numeral for `n`, to reject words such as "MIX" or "DID".
icu::UnicodeString RomanOf(int n) {
  static constexpr std::pair<int, const char16_t*> kParts[] = {
      {1000, u"M"}, {900, u"CM"}, {500, u"D"}, {400, u"CD"}, {100, u"C"}, {90, u"XC"}, {50, u"L"},
      {40, u"XL"},  {10, u"X"},   {9, u"IX"},  {5, u"V"},    {4, u"IV"},  {1, u"I"}};
  icu::UnicodeString out;
  for (const auto& [value, letters] : kParts) {
    for (; n >= value; n -= value) out += letters;
  }
  return out;
}

struct Word {
  int32_t begin = -1, end = -1;  // UTF-16 indices; begin < 0: no word
  bool found() const { return begin >= 0; }
};

// The word (letters, with a trailing abbreviation dot) that ends before `pos`, skipping
// spaces; none when anything else stands between.
Word WordBefore(const icu::UnicodeString& text, int32_t pos) {
  int32_t end = pos;
  while (end > 0 && text.charAt(end - 1) == u' ') --end;
  int32_t begin = end;
  if (begin > 0 && text.charAt(begin - 1) == u'.') --begin;
  while (begin > 0 && u_isalpha(text.charAt(begin - 1))) --begin;
  if (begin == end || text.charAt(begin) == u'.') return {};
  return {begin, end};
}

bool IsCapitalized(const icu::UnicodeString& text, const Word& word) {
  return word.found() && u_isupper(text.charAt(word.begin));
}

class RomanRule final : public TextRule {
 public:
  RomanRule(const RuleContext& context, Pattern pattern)
      : data_(context.data), numbers_(context.numbers), pattern_(std::move(pattern)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    std::optional<Reading> previous;
    int32_t previous_end = -1;
    pattern_.ForEach(text, [&](icu::RegexMatcher& m) {
      const int32_t begin = GroupStart(m, 0), end = GroupEnd(m, 0);
      const icu::UnicodeString roman = text.tempSubStringBetween(begin, end);
      const int value = RomanValue(roman);
      if (value <= 0 || value > 3999 || RomanOf(value) != roman) return;
      std::optional<Reading> reading = Decide(text, begin, end, value);
      if (!reading && previous && Continues(text, previous_end, begin)) {
        reading = Reading{previous->ordinal, "series, " + previous->why};
      }
      if (!reading) return;
      const std::string digits = std::to_string(value);
      const std::string said = reading->ordinal ? Join({data_.the_word, numbers_.Ordinal(digits)})
                                                : numbers_.Cardinal(digits, NumberStyle::kPlain);
      if (set.Add(begin, end, said, "roman numeral (" + reading->why + ")")) {
        previous = reading;
        previous_end = end;
      }
    });
  }

 private:
  struct Reading {
    bool ordinal;
    std::string why;  // the deciding context, for --explain
  };

  const RomanContext* Context(const icu::UnicodeString& text, const Word& word) const {
    if (!word.found()) return nullptr;
    const icu::UnicodeString written = text.tempSubStringBetween(word.begin, word.end);
    const icu::UnicodeString folded = icu::UnicodeString(written).foldCase();
    for (const RomanContext& c : data_.roman_contexts) {
      icu::UnicodeString candidate = U16(c.word);
      // Labels in any case; names and titles as written or in capitals ("RICHARD II").
      const bool capitals = written == icu::UnicodeString(written).toUpper();
      if (c.kind == RomanContextKind::kLabel || capitals ? candidate.foldCase() == folded
                                                         : candidate == written) {
        return &c;
      }
    }
    return nullptr;
  }

  std::optional<Reading> Decide(const icu::UnicodeString& text, int32_t begin, int32_t end,
                                int value) const {
    const int32_t letters = end - begin;
    const Word before = WordBefore(text, begin);
    const std::string before_text = Utf8(text.tempSubStringBetween(before.begin, before.end));
    const Word two_before = before.found() ? WordBefore(text, before.begin) : Word{};
    const RomanContext* context = Context(text, before);
    if (context == nullptr && two_before.found()) {
      // Labels of two words: "Super Bowl XL".
      const RomanContext* pair = Context(text, {two_before.begin, before.end});
      if (pair != nullptr && pair->kind == RomanContextKind::kLabel) context = pair;
    }
    if (context != nullptr && context->kind == RomanContextKind::kLabel) {
      return Reading{false, "label " + std::string(context->word)};
    }
    // "I" before a lowercase word is the pronoun ("when Paul I went"), but not before
    // "of" ("Charles I of Naples").
    const bool pronoun_like = text.charAt(begin) == u'I' && letters == 1 &&
                              end + 1 < text.length() && text.charAt(end) == u' ' &&
                              u_islower(text.charAt(end + 1)) && text.compare(end, 4, u" of ") != 0;
    const bool single_letter_ok = letters > 1 || text.charAt(begin) == u'I' ||
                                  text.charAt(begin) == u'V' || text.charAt(begin) == u'X';
    if (context != nullptr && !pronoun_like && single_letter_ok) {
      return Reading{true, (context->kind == RomanContextKind::kTitle ? "title " : "regnal name ") +
                               std::string(context->word)};
    }
    const RomanContext* title = Context(text, two_before);
    if (IsCapitalized(text, before) && title != nullptr &&
        title->kind == RomanContextKind::kTitle && !pronoun_like && single_letter_ok) {
      return Reading{true, "name after " + std::string(title->word)};
    }
    if (IsHeading(text, begin, end, letters) && value < 400) return Reading{false, "heading"};
    if (IsCapitalized(text, before) && letters > 1 && value < 40 &&
        !AfterSentenceEnd(text, before)) {
      return Reading{false, "after " + before_text};
    }
    // "II" and "III" are no word and no initials anywhere: "battle II", "La II Republica".
    if (value <= 3 && letters > 1) return Reading{false, "no word"};
    return std::nullopt;
  }

  // Opens the sentence (after quotes, brackets or dashes) or follows a "--" dash, and is
  // followed by the end, a full stop, colon or dash, or a word in capitals.
  static bool IsHeading(const icu::UnicodeString& text, int32_t begin, int32_t end,
                        int32_t letters) {
    int32_t i = begin;
    while (i > 0 && (text.charAt(i - 1) == u' ' || text.charAt(i - 1) == u'"' ||
                     text.charAt(i - 1) == u'[' || text.charAt(i - 1) == u'(')) {
      --i;
    }
    const bool opens = i == 0 ||
                       (i >= 2 && text.charAt(i - 1) == u'-' && text.charAt(i - 2) == u'-') ||
                       text.charAt(i - 1) == u'\u2014';
    if (!opens) return false;
    int32_t j = end;
    if (j < text.length() && (text.charAt(j) == u'.' || text.charAt(j) == u':')) ++j;
    const bool stop = j > end;
    while (j < text.length() && text.charAt(j) == u' ') ++j;
    if (j == text.length()) return true;
    if (text.charAt(j) == u'-' || text.charAt(j) == u'\u2014') return stop || letters > 1;
    // A word in capitals (two letters or more) after it: "III OF THE RULES".
    int32_t k = j;
    while (k < text.length() && u_isupper(text.charAt(k))) ++k;
    const bool capitals = k - j >= 2 && (k == text.length() || !u_isalpha(text.charAt(k)));
    return capitals && (letters > 1 || stop);
  }

  // The capitalized word is capitalized only because it starts the sentence.
  static bool AfterSentenceEnd(const icu::UnicodeString& text, const Word& word) {
    int32_t i = word.begin;
    while (i > 0 && (text.charAt(i - 1) == u' ' || text.charAt(i - 1) == u'"')) --i;
    return i == 0 || text.charAt(i - 1) == u'.' || text.charAt(i - 1) == u'!' ||
           text.charAt(i - 1) == u'?';
  }

  // "III to IV", "II and III", "II or III", "II-III": a second numeral in a series.
  static bool Continues(const icu::UnicodeString& text, int32_t previous_end, int32_t begin) {
    if (previous_end < 0 || previous_end >= begin) return false;
    const icu::UnicodeString between = text.tempSubStringBetween(previous_end, begin);
    for (const char16_t* joiner : {u" to ", u" and ", u" or ", u"-", u"\u2013", u" - ", u", "}) {
      if (between == icu::UnicodeString(joiner)) return true;
    }
    return false;
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern pattern_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeRomanRule(const RuleContext& context) {
  // A possessive may follow: "Louis XII's army".
  auto pattern = Pattern::Compile("roman numeral",
                                  u"(?<![\\p{L}\\p{N}'\\u2019])[IVXLCDM]+"
                                  u"(?=['\\u2019]s(?![\\p{L}])|(?![\\p{L}\\p{N}'\\u2019]))");
  if (!pattern.ok()) return pattern.error();
  return std::unique_ptr<TextRule>(new RomanRule(context, std::move(pattern).value()));
}

}  // namespace spoken
