// Markup that must reach the synthesizer as written: inline tags such as <pitch=-.3>.
#include "text/text_rule.h"

namespace spoken {
namespace {

class MarkupRule final : public TextRule {
 public:
  explicit MarkupRule(Pattern tag) : tag_(std::move(tag)) {}
  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    tag_.ForEach(text, [&](icu::RegexMatcher& m) {
      UErrorCode status = U_ZERO_ERROR;
      set.Protect(m.start(status), m.end(status));
    });
  }

 private:
  Pattern tag_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeMarkupRule(const RuleContext&) {
  auto tag = Pattern::Compile("markup", u"</?[A-Za-z][^<>]*>");
  if (!tag.ok()) return tag.error();
  return std::unique_ptr<TextRule>(new MarkupRule(std::move(tag).value()));
}

}  // namespace spoken
