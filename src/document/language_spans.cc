#include "document/language_spans.h"

#include <string_view>
#include <utility>
#include <vector>

namespace spoken {
namespace {

constexpr std::string_view kOpening = "]{lang=";
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

std::vector<Span> FindSpans(const std::string& text) {
  std::vector<Span> spans;
  size_t from = 0;
  for (size_t close; (close = text.find(kOpening, from)) != std::string::npos;) {
    from = close + 1;
    const size_t tag_begin = close + kOpening.size();
    size_t tag_end = tag_begin;
    while (tag_end < text.size() && tag_end - tag_begin <= kMaxTag && IsTagCharacter(text[tag_end]))
      ++tag_end;
    if (tag_end == tag_begin || tag_end - tag_begin > kMaxTag || tag_end == text.size() ||
        text[tag_end] != '}') {
      continue;
    }
    const size_t previous_end = spans.empty() ? 0 : spans.back().end;
    const size_t open = text.find_last_of("[]", close == 0 ? 0 : close - 1);
    if (close == 0 || open == std::string::npos || text[open] != '[' || open < previous_end) {
      continue;
    }
    spans.push_back({open, close, tag_end + 1, text.substr(tag_begin, tag_end - tag_begin)});
    from = tag_end + 1;
  }
  return spans;
}

}  // namespace

void ApplyLanguageSpans(Block& block) {
  const std::vector<Span> spans = FindSpans(block.text);
  if (spans.empty()) return;
  if (spans.size() == 1 && spans[0].open == 0 && spans[0].end == block.text.size()) {
    block.language = spans[0].tag;
  }
  // The byte ranges removed, in order: each span's '[' and its "]{lang=TAG}".
  std::vector<std::pair<size_t, size_t>> removed;
  for (const Span& span : spans) {
    removed.emplace_back(span.open, span.open + 1);
    removed.emplace_back(span.close, span.end);
  }
  // An offset of the old text in the new: less what was removed before it (an offset inside
  // a removed range goes to where that range was).
  const auto moved = [&removed](size_t offset) {
    size_t shift = 0;
    for (const auto& [begin, end] : removed) {
      if (offset <= begin) break;
      shift += std::min(offset, end) - begin;
    }
    return offset - shift;
  };
  std::string text;
  size_t kept_from = 0;
  for (const auto& [begin, end] : removed) {
    text.append(block.text, kept_from, begin - kept_from);
    kept_from = end;
  }
  text.append(block.text, kept_from);
  std::vector<Link> links;
  for (Link& link : block.links) {
    link.begin = moved(link.begin);
    link.end = moved(link.end);
    if (link.end > link.begin) links.push_back(std::move(link));
  }
  for (NoteRef& ref : block.note_refs) ref.at = moved(ref.at);
  block.links = std::move(links);
  block.text = std::move(text);
}

}  // namespace spoken
