// Equations and statistics: "1-2=5", "y=x +1", "t = −2.345, p = 0.019", "n = 13",
// "p < 0.05". Inside an expression with a relation sign, '-' and '+' are operators.
#include <unicode/uchar.h>

#include "text/text_rule.h"

namespace spoken {
namespace {

class MathRule final : public TextRule {
 public:
  MathRule(const RuleContext& context, Pattern expression)
      : data_(context.data), numbers_(context.numbers), expression_(std::move(expression)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    expression_.ForEach(text, [&](icu::RegexMatcher& m) {
      const icu::UnicodeString found = m.group(status);
      if (found.indexOf(u'=') < 0 && found.indexOf(u'<') < 0 && found.indexOf(u'>') < 0 &&
          found.indexOf(u'\u2264') < 0 && found.indexOf(u'\u2265') < 0) {
        return;
      }
      set.Add(m.start(status), m.end(status), Say(found), "math");
    });
  }

 private:
  std::string Say(const icu::UnicodeString& expression) const {
    std::string out;
    bool expect_operand = true;  // a '-' here is a sign
    for (int32_t i = 0; i < expression.length();) {
      const UChar c = expression.charAt(i);
      if (c == u' ') {
        ++i;
        continue;
      }
      const bool sign = (c == u'-' || c == u'\u2212') && expect_operand;
      if (u_isdigit(c) || c == u'.' || sign) {
        int32_t j = i + 1;
        while (j < expression.length() &&
               (u_isdigit(expression.charAt(j)) || expression.charAt(j) == u'.' ||
                expression.charAt(j) == u',')) {
          ++j;
        }
        out = Join({out, numbers_.Number(Utf8(expression.tempSubStringBetween(i, j)),
                                         NumberStyle::kAlone)});
        expect_operand = false;
        i = j;
        continue;
      }
      std::string_view word;
      switch (c) {
        case u'=':
          word = data_.equals;
          break;
        case u'+':
          word = data_.plus;
          break;
        case u'-':
        case u'\u2212':
          word = data_.minus;
          break;
        case u'\u00D7':
        case u'*':
          word = data_.times;
          break;
        case u'/':
          word = data_.over;
          break;
        case u'<':
          word = "less than";
          break;
        case u'>':
          word = "greater than";
          break;
        case u'\u2264':
          word = "less than or equal to";
          break;
        case u'\u2265':
          word = "greater than or equal to";
          break;
        default:
          break;
      }
      if (!word.empty()) {
        out = Join({out, word});
        expect_operand = true;
      } else {
        out = Join({out, Utf8(icu::UnicodeString(c))});
        expect_operand = false;
      }
      ++i;
    }
    return out;
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  Pattern expression_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeMathRule(const RuleContext& context) {
  const icu::UnicodeString operand = u"(?:[-\\u2212]?" + NumberRegex(context.data, false) +
                                     u"(?![\\p{L}])|(?<![\\p{L}])\\p{L}(?![\\p{L}\\p{N}]))";
  const icu::UnicodeString op = u"\\s*[-+=<>\\u2212\\u00D7*/\\u2264\\u2265]\\s*";
  auto expression = Pattern::Compile(
      "math", u"(?<![\\p{L}\\p{N}.,])" + operand + u"(?:" + op + operand + u")+(?![\\p{L}\\p{N}])");
  if (!expression.ok()) return expression.error();
  return std::unique_ptr<TextRule>(new MathRule(context, std::move(expression).value()));
}

}  // namespace spoken
