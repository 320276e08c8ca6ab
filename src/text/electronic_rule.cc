#include "text/text_rule.h"

namespace spoken {

Result<std::unique_ptr<TextRule>> MakeElectronicRule(const RuleContext&) {
  struct None final : TextRule {
    void Find(const icu::UnicodeString&, RewriteSet&) const override {}
  };
  return std::unique_ptr<TextRule>(new None);
}

}  // namespace spoken
