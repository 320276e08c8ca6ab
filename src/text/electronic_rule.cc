// Electronic addresses: URLs (with or without a scheme), e-mail addresses, bare domain
// names with a known or country top-level domain, and @handles. Read piece by piece:
// "dot", "slash", "at", digits one by one, schemes and country domains as letters.
#include <unicode/uchar.h>

#include "text/text_rule.h"

namespace spoken {
namespace {

class ElectronicRule final : public TextRule {
 public:
  ElectronicRule(const RuleContext& context, Pattern address, Pattern handle)
      : data_(context.data),
        numbers_(context.numbers),
        address_(std::move(address)),
        handle_(std::move(handle)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    if (!MayHaveAddress(text)) return;
    address_.ForEach(text, [&](icu::RegexMatcher& m) {
      int32_t begin = m.start(status), end = m.end(status);
      // Sentence punctuation after an address is not part of it.
      while (end > begin && icu::UnicodeString(u".,;:!?)'\"").indexOf(text.charAt(end - 1)) >= 0) {
        --end;
      }
      // "1.er" (Spanish "primer"): digits before a short ending are an ordinal, no domain.
      const icu::UnicodeString written = text.tempSubStringBetween(begin, end);
      const int32_t dot = written.indexOf(u'.');
      if (dot > 0 && written.indexOf(u'.', dot + 1) < 0 && written.length() - dot <= 3 &&
          u_isdigit(written.charAt(0)) && u_isdigit(written.charAt(dot - 1))) {
        return;
      }
      // "p.za", "sig.na": the locale's abbreviations look like domains; they are not.
      if (Lookup(data_.abbreviations, Utf8(text.tempSubStringBetween(begin, m.end(status))))) {
        return;
      }
      set.Add(begin, end, Say(text.tempSubStringBetween(begin, end)), "electronic");
    });
    handle_.ForEach(text, [&](icu::RegexMatcher& m) {
      set.Add(m.start(status), m.end(status), Join({data_.at, GroupText(m, 1)}), "handle");
    });
  }

 private:
  // An '@', or a dot between a letter or digit and a letter ("test.com", not "end. The").
  static bool MayHaveAddress(const icu::UnicodeString& text) {
    for (int32_t i = 0; i < text.length(); ++i) {
      const UChar c = text.charAt(i);
      if (c == u'@') return true;
      if (c == u'.' && i > 0 && i + 1 < text.length() && u_isalnum(text.charAt(i - 1)) &&
          u_isalpha(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  std::string Say(const icu::UnicodeString& address) const {
    std::string out;
    const int32_t last_dot = address.lastIndexOf(u'.');
    const int32_t first_slash_after_host = [&] {
      const int32_t scheme = address.indexOf(u"://");
      return address.indexOf(u'/', scheme < 0 ? 0 : scheme + 3);
    }();
    auto add = [&](std::string_view piece) {
      if (piece.empty()) return;
      if (!out.empty()) out += ' ';
      out.append(piece);
    };
    for (int32_t i = 0; i < address.length();) {
      const UChar32 c = address.char32At(i);
      int32_t j = i + U16_LENGTH(c);
      if (u_isdigit(c)) {
        while (j < address.length() && u_isdigit(address.charAt(j))) ++j;
        add(numbers_.Digits(Utf8(address.tempSubStringBetween(i, j))));
      } else if (u_isalpha(c)) {
        while (j < address.length() && u_isalpha(address.char32At(j))) {
          j += U16_LENGTH(address.char32At(j));
        }
        std::string word = Utf8(address.tempSubStringBetween(i, j));
        const bool is_tld =
            i == last_dot + 1 && (j == address.length() || j == first_slash_after_host);
        add(Word(word, is_tld, j < address.length() && address.charAt(j) == u':'));
      } else if (address.compare(i, 3, u"://") == 0) {
        add(Join({data_.colon, data_.slash, data_.slash}));
        j = i + 3;
        for (; j < address.length() && address.charAt(j) == u'/'; ++j) add(data_.slash);
      } else {
        switch (c) {
          case u'.':
            add(data_.dot);
            break;
          case u'/':
            add(data_.slash);
            break;
          case u'-':
            add(data_.dash);
            break;
          case u'@':
            add(data_.at);
            break;
          case u':':
            add(data_.colon);
            break;
          case u'_':
            add("underscore");
            break;
          default:
            add(Utf8(address.tempSubStringBetween(i, j)));
        }
      }
      i = j;
    }
    return out;
  }

  std::string Word(std::string word, bool is_tld, bool is_scheme) const {
    std::string lower = word;
    for (char& ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    auto upper = [](std::string s) {
      for (char& ch : s) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
      return s;
    };
    if (is_scheme && (lower == "http" || lower == "https" || lower == "ftp")) return upper(word);
    if (lower == "www") return "WWW";
    if (const Replacement* r = Lookup(data_.top_level_domains, lower))
      return std::string(r->spoken);
    if (is_tld && lower.size() <= 3) return upper(word);  // country domains: letters
    return word;
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern address_, handle_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeElectronicRule(const RuleContext& context) {
  const icu::UnicodeString label = u"[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}])?";
  const icu::UnicodeString path = u"(?:[/?#][^\\s]*)?";
  auto address = Pattern::Compile(
      "electronic address",
      u"(?<![\\p{L}\\p{N}@.])(?:"
      u"(?i:https?|ftp|file)://+[^\\s]*"  // with a scheme
      u"|(?i:www)\\." +
          label + u"(?:\\." + label + u")+" + path +                              // www.
          u"|[\\p{L}\\p{N}._%+-]+@" + label + u"(?:\\." + label + u")+" + path +  // e-mail
          u"|" + label + u"(?:\\." + label + u")*\\.(?:com|org|net|edu|gov|io|info|[a-z]{2}|abc)" +
          u"(?![\\p{L}\\p{N}])" + path + u")");
  auto handle = Pattern::Compile(
      "handle", u"(?<![\\p{L}\\p{N}@])@([A-Za-z_][A-Za-z0-9_]{1,30})(?![@\\p{L}])");
  for (auto* p : {&address, &handle}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(
      new ElectronicRule(context, std::move(address).value(), std::move(handle).value()));
}

}  // namespace spoken
