#include "text/text_rule.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace spoken {

bool RewriteSet::IsFree(int32_t begin, int32_t end) const {
  if (begin < 0 || end > static_cast<int32_t>(claimed_.size()) || begin >= end) return false;
  for (int32_t i = begin; i < end; ++i) {
    if (claimed_[i]) return false;
  }
  return true;
}

bool RewriteSet::Add(int32_t begin, int32_t end, std::string spoken, std::string_view rule) {
  if (!IsFree(begin, end)) return false;
  std::fill(claimed_.begin() + begin, claimed_.begin() + end, true);
  entries_.push_back({begin, end, std::move(spoken), std::string(rule)});
  return true;
}

void RewriteSet::Protect(int32_t begin, int32_t end) {
  begin = std::max(begin, 0);
  end = std::min(end, static_cast<int32_t>(claimed_.size()));
  if (begin < end) std::fill(claimed_.begin() + begin, claimed_.begin() + end, true);
}

Result<Pattern> Pattern::Compile(std::string_view name, const icu::UnicodeString& regex,
                                 uint32_t flags) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  Pattern pattern;
  pattern.pattern_.reset(icu::RegexPattern::compile(regex, flags, parse_error, status));
  if (U_SUCCESS(status)) pattern.matcher_.reset(pattern.pattern_->matcher(status));
  if (U_FAILURE(status)) {
    return ConfigError("pattern " + std::string(name) + " at offset " +
                       std::to_string(parse_error.offset) + ": " + u_errorName(status));
  }
  return pattern;
}

void Pattern::ForEach(const icu::UnicodeString& text,
                      const std::function<void(icu::RegexMatcher&)>& on_match) const {
  UErrorCode status = U_ZERO_ERROR;
  matcher_->reset(text);
  while (matcher_->find(status) && U_SUCCESS(status)) on_match(*matcher_);
}

icu::UnicodeString U16(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string Utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string GroupText(icu::RegexMatcher& m, int group) {
  UErrorCode status = U_ZERO_ERROR;
  if (m.start(group, status) < 0 || U_FAILURE(status)) return "";
  return Utf8(m.group(group, status));
}

int32_t GroupStart(icu::RegexMatcher& m, int group) {
  UErrorCode status = U_ZERO_ERROR;
  return m.start(group, status);
}

int32_t GroupEnd(icu::RegexMatcher& m, int group) {
  UErrorCode status = U_ZERO_ERROR;
  return m.end(group, status);
}

icu::UnicodeString Alternation(const std::vector<std::string_view>& words) {
  std::vector<std::string_view> sorted(words);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  icu::UnicodeString out(u"(?:");
  bool first = true;
  for (std::string_view word : sorted) {
    if (word.empty()) continue;
    if (!first) out += u'|';
    first = false;
    out += u"\\Q";
    out += U16(word);
    out += u"\\E";
  }
  out += u')';
  return out;
}

icu::UnicodeString NumberRegex(const LocaleData& data, bool allow_sign) {
  icu::UnicodeString group = u"(?:\\";
  group += data.group_separator;
  group += data.space_groups ? u"| )" : u")";
  icu::UnicodeString decimal = u"\\";
  decimal += data.decimal_separator;
  icu::UnicodeString out(allow_sign ? u"(?:(?<![\\p{L}\\p{N}])[-\\u2212](?=[\\d\\.,]))?" : u"");
  out += u"(?:(?:\\d{1,3}(?:" + group + u"\\d{3})+|\\d+)(?:" + decimal + u"\\d+)?|" + decimal +
         u"\\d+)";
  return out;
}

const Replacement* Lookup(std::span<const Replacement> table, std::string_view written,
                          bool any_case) {
  for (const Replacement& entry : table) {
    if (entry.written == written) return &entry;
  }
  if (!any_case) return nullptr;
  const icu::UnicodeString folded = U16(written).foldCase();
  for (const Replacement& entry : table) {
    if (U16(entry.written).foldCase() == folded) return &entry;
  }
  return nullptr;
}

OrdinalCaseChoice OrdinalCaseBefore(const icu::UnicodeString& text, int32_t begin,
                                    const LocaleData& data) {
  int32_t end = begin;
  while (end > 0 && text.charAt(end - 1) == u' ') --end;
  int32_t start = end;
  while (start > 0 && u_isalpha(text.charAt(start - 1))) --start;
  if (start < end) {
    const icu::UnicodeString word = icu::UnicodeString(text, start, end - start).foldCase();
    for (const OrdinalCase& c : data.ordinal_cases) {
      if (U16(c.word) == word) return {c.rule_set, c.word};
    }
  }
  return {data.ordinal_rule_set, ""};
}

std::string Join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out.append(part.data(), part.size());
  }
  return out;
}

}  // namespace spoken
