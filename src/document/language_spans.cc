#include "document/language_spans.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "core/ascii.h"

namespace spoken {
namespace {

constexpr std::string_view kOpening = "{lang=";
constexpr size_t kMaxTag = 35;

bool IsTagCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

struct Span {
  size_t open = 0;   // the '['
  size_t close = 0;  // the ']'
  size_t end = 0;    // one past the '}'
  std::string tag;
};

// The marker "{lang=...": its TAG's end (the '}') when well formed, npos when not.
size_t TagEnd(const std::string& text, size_t tag_begin) {
  size_t tag_end = tag_begin;
  while (tag_end < text.size() && tag_end - tag_begin <= kMaxTag && IsTagCharacter(text[tag_end]))
    ++tag_end;
  if (tag_end == tag_begin || tag_end - tag_begin > kMaxTag || tag_end == text.size() ||
      text[tag_end] != '}') {
    return std::string::npos;
  }
  return tag_end;
}

std::string Quoted(const std::string& text, size_t from) {
  const size_t end = std::min(text.find('}', from), from + kOpening.size() + kMaxTag + 2);
  return "\"" + text.substr(from, end == std::string::npos ? std::string::npos : end - from + 1) +
         "\"";
}

// The spans in order of their '[', which is also outer before inner: brackets pair up as a
// stack, so two spans are either apart or one inside the other.
std::vector<Span> FindSpans(const std::string& text, std::vector<std::string>& problems) {
  std::vector<Span> spans;
  std::vector<size_t> open_brackets;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') {
      open_brackets.push_back(i);
      continue;
    }
    if (text[i] != ']') continue;
    const bool marker = text.compare(i + 1, kOpening.size(), kOpening) == 0;
    if (open_brackets.empty()) {
      if (marker) problems.push_back(Quoted(text, i) + " has no '[' before it: left as written");
      continue;
    }
    const size_t open = open_brackets.back();
    open_brackets.pop_back();
    if (!marker) continue;
    const size_t tag_begin = i + 1 + kOpening.size();
    const size_t tag_end = TagEnd(text, tag_begin);
    if (tag_end == std::string::npos) {
      problems.push_back(Quoted(text, i) +
                         " does not name a language (letters, digits and '-', at most 35): left "
                         "as written");
      continue;
    }
    spans.push_back({open, i, tag_end + 1, text.substr(tag_begin, tag_end - tag_begin)});
    i = tag_end;
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.open < b.open; });
  return spans;
}

// The passages of the new text, the innermost span's language holding for each byte; `spans`
// are in new coordinates, outer before inner. Adjacent runs of one language are one.
std::vector<LanguageSpan> Flatten(const std::vector<LanguageSpan>& spans) {
  std::vector<LanguageSpan> passages;
  std::vector<const LanguageSpan*> stack;
  size_t position = 0;
  const auto emit_until = [&](size_t until) {
    if (!stack.empty() && position < until) {
      const std::string& language = stack.back()->language;
      if (!passages.empty() && passages.back().end == position &&
          passages.back().language == language) {
        passages.back().end = until;
      } else {
        passages.push_back({position, until, language});
      }
    }
    position = std::max(position, until);
  };
  for (const LanguageSpan& span : spans) {
    while (!stack.empty() && stack.back()->end <= span.begin) {
      emit_until(stack.back()->end);
      stack.pop_back();
    }
    emit_until(span.begin);
    stack.push_back(&span);
  }
  while (!stack.empty()) {
    emit_until(stack.back()->end);
    stack.pop_back();
  }
  std::erase_if(passages, [](const LanguageSpan& p) { return p.begin == p.end; });
  return passages;
}

}  // namespace

std::vector<std::string> ApplyLanguageSpans(Block& block) {
  std::vector<std::string> problems;
  const std::vector<Span> spans = FindSpans(block.text, problems);
  if (spans.empty()) return problems;
  // The byte ranges removed, in order: each span's '[' and its "]{lang=TAG}".
  std::vector<std::pair<size_t, size_t>> removed;
  for (const Span& span : spans) {
    removed.emplace_back(span.open, span.open + 1);
    removed.emplace_back(span.close, span.end);
  }
  std::sort(removed.begin(), removed.end());
  // before[k]: the bytes removed by the ranges ahead of removed[k].
  std::vector<size_t> before(removed.size() + 1, 0);
  for (size_t k = 0; k < removed.size(); ++k) {
    before[k + 1] = before[k] + removed[k].second - removed[k].first;
  }
  // An offset of the old text in the new: less what was removed before it (an offset inside
  // a removed range goes to where that range was). The ranges are apart: a binary search.
  const auto moved = [&removed, &before](size_t offset) {
    const auto after = std::lower_bound(
        removed.begin(), removed.end(), offset,
        [](const std::pair<size_t, size_t>& range, size_t at) { return range.first < at; });
    if (after == removed.begin()) return offset;
    const size_t k = static_cast<size_t>(after - removed.begin()) - 1;  // begins before offset
    return offset - before[k] - (std::min(offset, removed[k].second) - removed[k].first);
  };
  std::string text;
  size_t kept_from = 0;
  for (const auto& [begin, end] : removed) {
    text.append(block.text, kept_from, begin - kept_from);
    kept_from = end;
  }
  text.append(block.text, kept_from);
  std::vector<LanguageSpan> moved_spans;
  for (const Span& span : spans) {
    moved_spans.push_back({moved(span.open), moved(span.close), span.tag});
  }
  // A span that is the whole block is the block's language, not a passage of it.
  if (moved_spans.front().begin == 0 && moved_spans.front().end == text.size()) {
    block.language = moved_spans.front().language;
    moved_spans.erase(moved_spans.begin());
  }
  block.passages = Flatten(moved_spans);
  std::erase_if(block.passages, [&block](const LanguageSpan& passage) {
    return EqualsIgnoringAsciiCase(passage.language, block.language);
  });
  std::vector<Link> links;
  for (Link& link : block.links) {
    link.begin = moved(link.begin);
    link.end = moved(link.end);
    if (link.end > link.begin) links.push_back(std::move(link));
  }
  for (NoteRef& ref : block.note_refs) ref.at = moved(ref.at);
  block.links = std::move(links);
  block.text = std::move(text);
  return problems;
}

}  // namespace spoken
