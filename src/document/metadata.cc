#include "document/metadata.h"

#include <filesystem>
#include <optional>

#include "core/calendar.h"
#include "document/article.h"

namespace spoken {

std::optional<CitationStyle> CitationStyleNamed(std::string_view name) {
  if (name == "read") return CitationStyle::kRead;
  if (name == "brief") return CitationStyle::kBrief;
  if (name == "skip") return CitationStyle::kSkip;
  return std::nullopt;
}
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

bool IsIsoCalendarDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(text[i])) return false;
  }
  const int year = Number(text.substr(0, 4));
  const int month = Number(text.substr(5, 2));
  const int day = Number(text.substr(8, 2));
  return day >= 1 && day <= DaysInMonth(year, month);
}

bool IsBcp47Tag(std::string_view text) {
  size_t index = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('-', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view subtag = text.substr(start, end - start);
    if (subtag.empty() || subtag.size() > 8) return false;
    for (char c : subtag) {
      if (!IsAlpha(c) && !(index > 0 && IsDigit(c))) return false;
    }
    if (index == 0 && (subtag.size() < 2 || subtag.size() > 3)) {
      return false;  // ISO 639 codes; longer primary subtags are reserved and unused
    }
    ++index;
    start = end + 1;
  }
  return index > 0;
}

std::string ResolveBesideArticle(const std::string& article_path, const std::string& relative) {
  std::filesystem::path target(relative);
  if (target.is_absolute()) return target.lexically_normal().string();
  return (std::filesystem::path(article_path).parent_path() / target).lexically_normal().string();
}

std::string_view TrimAscii(std::string_view name) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!name.empty() && is_space(name.front())) name.remove_prefix(1);
  while (!name.empty() && is_space(name.back())) name.remove_suffix(1);
  return name;
}

}  // namespace spoken
