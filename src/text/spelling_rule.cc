// Respellings: a word whose ending the locale writes another way is read in that spelling,
// so that the voice's dictionary gives the pronunciation its listeners expect. American
// English reads British "organisation" and "equalised" as "organization" and "equalized"
// (LocaleData::respelled_endings). Context: the word's own letters; at least two letters
// come before the ending ("anise" and "valise" stay).
#include <unicode/uchar.h>

#include <string>
#include <string_view>

#include "text/text_rule.h"

namespace spoken {
namespace {

constexpr size_t kLettersBeforeEnding = 2;

bool IsLetter(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0x80 && u_isalpha(c));
}

class SpellingRule final : public TextRule {
 public:
  explicit SpellingRule(const RuleContext& context) {
    for (const Replacement& r : context.data.respelled_endings) {
      const icu::UnicodeString written = U16(r.written);
      endings_.push_back({std::u16string(written.getBuffer(), written.length()), r.spoken});
      if (!written.isEmpty() &&
          last_letters_.find(written[written.length() - 1]) == std::u16string::npos) {
        last_letters_ += written[written.length() - 1];
      }
    }
  }

  // Words are scanned on the raw UTF-16 buffer: this rule looks at every word of an article,
  // and a word's last letter rules most of them out before any ending is compared.
  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    const std::u16string_view buffer(text.getBuffer(), static_cast<size_t>(text.length()));
    for (size_t i = 0; i < buffer.size();) {
      if (!IsLetter(buffer[i])) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < buffer.size() && IsLetter(buffer[end])) ++end;
      if (last_letters_.find(buffer[end - 1]) != std::u16string::npos) Respell(text, i, end, set);
      i = end;
    }
  }

 private:
  void Respell(const icu::UnicodeString& text, size_t begin, size_t end, RewriteSet& set) const {
    const std::u16string_view word(text.getBuffer() + begin, end - begin);
    for (const auto& [written, spoken] : endings_) {
      if (word.size() < written.size() + kLettersBeforeEnding ||
          word.substr(word.size() - written.size()) != written) {
        continue;
      }
      const auto stem_end = static_cast<int32_t>(end - written.size());
      set.Add(static_cast<int32_t>(begin), static_cast<int32_t>(end),
              Utf8(text.tempSubStringBetween(static_cast<int32_t>(begin), stem_end)) +
                  std::string(spoken),
              "respelling");
      return;
    }
  }

  std::vector<std::pair<std::u16string, std::string_view>> endings_;
  std::u16string last_letters_;  // the last letter of every ending
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeSpellingRule(const RuleContext& context) {
  return std::unique_ptr<TextRule>(new SpellingRule(context));
}

}  // namespace spoken
