// Markup that must reach the synthesizer as written: inline tags such as <pitch=-.3>; and
// Markdown syntax left in plain text ("## Heading", "> quote", "**bold**"), which is not
// read as symbols.
#include "text/text_rule.h"

namespace spoken {
namespace {

class MarkupRule final : public TextRule {
 public:
  MarkupRule(Pattern tag, Pattern markdown)
      : tag_(std::move(tag)), markdown_(std::move(markdown)) {}
  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    for (const Pattern* p : {&tag_, &markdown_}) {
      p->ForEach(text, [&](icu::RegexMatcher& m) {
        UErrorCode status = U_ZERO_ERROR;
        set.Protect(m.start(status), m.end(status));
      });
    }
  }

 private:
  Pattern tag_, markdown_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeMarkupRule(const RuleContext&) {
  auto tag = Pattern::Compile("markup", u"</?[A-Za-z][^<>]*>");
  // Line-initial heading, quote and list marks; emphasis marks that open or close a word.
  auto markdown = Pattern::Compile(
      "markdown",
      u"^(?:#{1,6}|>|[-*+])(?=\\s)|(?<![\\p{L}\\p{N}*])[*_]{1,2}(?=[\\p{L}\\p{N}(\"])|"
      u"(?<=[\\p{L}\\p{N}).:!?\"])[*_]{1,2}(?![\\p{L}\\p{N}*])");
  if (!tag.ok()) return tag.error();
  if (!markdown.ok()) return markdown.error();
  return std::unique_ptr<TextRule>(
      new MarkupRule(std::move(tag).value(), std::move(markdown).value()));
}

}  // namespace spoken
