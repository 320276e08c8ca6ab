// Citations: "(Li et al., Biomolecules, 2026)", "(Smith and Jones 2019)", "[12]", "[3, 4]".
// Read as NormalizeOptions::citations asks: kRead says all of it ("Li and colleagues,
// Biomolecules, twenty twenty-six"), kBrief only the first author and the year ("Li and
// colleagues, twenty twenty-six"; a numbered reference is left out), kSkip nothing.
#include "text/text_rule.h"

namespace spoken {
namespace {

class CitationRule final : public TextRule {
 public:
  CitationRule(const RuleContext& context, Pattern author_year, Pattern numbered)
      : data_(context.data),
        numbers_(context.numbers),
        style_(context.options.citations),
        author_year_(std::move(author_year)),
        numbered_(std::move(numbered)) {}

  void Find(const icu::UnicodeString& text, RewriteSet& set) const override {
    UErrorCode status = U_ZERO_ERROR;
    author_year_.ForEach(text, [&](icu::RegexMatcher& m) {
      const std::string author = GroupText(m, 1), others = GroupText(m, 2);
      std::string_view colleagues;
      std::string second_author;
      if (!others.empty()) {
        if (others.find("al") != std::string::npos) {
          colleagues = style_ == CitationStyle::kRead ? data_.et_al_read : data_.et_al_brief;
        } else {
          second_author = Join({data_.and_word, GroupText(m, 3)});
        }
      }
      std::string source = GroupText(m, 4);
      while (!source.empty() && (source.back() == ',' || source.back() == ' ')) source.pop_back();
      std::string year = numbers_.Year(GroupText(m, 5).substr(0, 4));
      std::string said;
      if (style_ != CitationStyle::kSkip) {
        const std::string who = Join({author, colleagues, second_author});
        said = "(" + who + ", " +
               (style_ == CitationStyle::kRead && !source.empty() ? source + ", " : "") + year +
               ")";
      }
      AddCitation(text, m.start(status), m.end(status), said, set);
    });
    numbered_.ForEach(text, [&](icu::RegexMatcher& m) {
      std::string said;
      if (style_ == CitationStyle::kRead) {
        said = "(reference " + numbers_.Cardinal(GroupText(m, 1), NumberStyle::kPlain) + ")";
      }
      AddCitation(text, m.start(status), m.end(status), said, set);
    });
  }

 private:
  // Dropping a reference also drops the space before it (or after it, at the start).
  static void AddCitation(const icu::UnicodeString& text, int32_t begin, int32_t end,
                          const std::string& said, RewriteSet& set) {
    if (said.empty()) {
      if (begin > 0 && text.charAt(begin - 1) == u' ' && set.IsFree(begin - 1, begin)) {
        --begin;
      } else if (begin == 0 && end < text.length() && text.charAt(end) == u' ') {
        ++end;
      }
    }
    set.Add(begin, end, said, "citation");
  }

  const LocaleData& data_;
  const NumberWords& numbers_;
  CitationStyle style_;
  Pattern author_year_, numbered_;
};

}  // namespace

Result<std::unique_ptr<TextRule>> MakeCitationRule(const RuleContext& context) {
  const icu::UnicodeString name = u"(\\p{Lu}[\\p{L}'\\-]+)";
  // Groups: 1 first author, 2 "et al." or "and/&", 3 second author, 4 source, 5 year.
  auto author_year = Pattern::Compile(
      "author-year citation", u"\\(" + name + u"(?:\\s+(et\\s+al\\.?|and|&)\\s*" +
                                  u"(\\p{Lu}[\\p{L}'\\-]+)?)?" +
                                  u",?\\s*((?:[^()\\d]*?,\\s*)?)((?:1[5-9]|20)\\d{2}[a-z]?)\\)");
  auto numbered =
      Pattern::Compile("numbered citation", u"\\[(\\d{1,3})(?:\\s*[,\\u2013\\-]\\s*\\d{1,3})*\\]");
  for (auto* p : {&author_year, &numbered}) {
    if (!p->ok()) return p->error();
  }
  return std::unique_ptr<TextRule>(
      new CitationRule(context, std::move(author_year).value(), std::move(numbered).value()));
}

}  // namespace spoken
