// Respellings: a word whose ending the locale writes another way is read in that spelling,
// so that the voice's dictionary gives the pronunciation its listeners expect. American
// English reads British "organisation" and "equalised" as "organization" and "equalized"
// (LocaleData::respelled_endings). Context: the word's own letters; at least two letters
// come before the ending ("anise" and "valise" stay).
#include <unicode/uchar.h>

#include "text/text_rule.h"

namespace spoken {
namespace {

constexpr int32_t kLettersBeforeEnding = 2;

class SpellingRule final : public TextRule {
 public:
  explicit SpellingRule(const RuleContext& context) {
    for (const Replacement& r : context.data.respelled_endings) {
      endings_.push_back({U16(r.written), r.spoken});
    }
  }

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    for (int32_t i = 0; i < text.length();) {
      if (!u_isalpha(text.char32At(i))) {
        i += U16_LENGTH(text.char32At(i));
        continue;
      }
      int32_t end = i;
      while (end < text.length() && u_isalpha(text.char32At(end))) {
        end += U16_LENGTH(text.char32At(end));
      }
      for (const auto& [written, spoken] : endings_) {
        const int32_t stem = end - written.length();
        if (stem - i < kLettersBeforeEnding || text.compare(stem, written.length(), written) != 0) {
          continue;
        }
        set.Add(i, end, Utf8(text.tempSubStringBetween(i, stem)) + std::string(spoken),
                "respelling");
        break;
      }
      i = end;
    }
  }

 private:
  std::vector<std::pair<icu::UnicodeString, std::string_view>> endings_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeSpellingRule(const RuleContext& context) {
  return std::unique_ptr<TextRule>(new SpellingRule(context));
}

}  // namespace spoken
