#include "document/plain_text_lines.h"

#include <array>

namespace spoken {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n';
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsAsciiSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsAsciiSpace(text.back())) text.remove_suffix(1);
  return text;
}

constexpr std::array<std::string_view, 9> kClosers = {"\"",     "'",      ")", "]", "\u201D",
                                                      "\u2019", "\u00BB", "*", "_"};
constexpr std::array<std::string_view, 5> kSentenceEnds = {".", "!", "?", ":", "\u2026"};
constexpr std::array<std::string_view, 7> kOpeningQuotes = {"\"",     "\u201C", "\u201E", "\u00AB",
                                                            "\u2018", "'",      "\u201A"};
constexpr std::array<std::string_view, 6> kClosingQuotes = {"\"",     "\u201D", "\u00BB",
                                                            "\u2019", "'",      "\u201C"};

// Strips one of `suffixes` from the end of `text`; true when one was there.
template <size_t N>
bool StripSuffix(std::string_view& text, const std::array<std::string_view, N>& suffixes) {
  for (std::string_view suffix : suffixes) {
    if (text.ends_with(suffix)) {
      text.remove_suffix(suffix.size());
      return true;
    }
  }
  return false;
}

// Strips one of `prefixes` from the start of `text`; true when one was there.
template <size_t N>
bool StripPrefix(std::string_view& text, const std::array<std::string_view, N>& prefixes) {
  for (std::string_view prefix : prefixes) {
    if (text.starts_with(prefix)) {
      text.remove_prefix(prefix.size());
      return true;
    }
  }
  return false;
}

template <size_t N>
bool StartsWithAny(std::string_view text, const std::array<std::string_view, N>& prefixes) {
  for (std::string_view prefix : prefixes) {
    if (text.starts_with(prefix)) return true;
  }
  return false;
}

bool EndsSentence(std::string_view text) {
  while (StripSuffix(text, kClosers)) {
  }
  for (std::string_view end : kSentenceEnds) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// A sentence end inside the text: [.!?], closing quotes or brackets, a space, then
// something that starts a sentence.
bool HasInnerSentenceEnd(std::string_view text) {
  for (size_t i = 1; i + 2 < text.size(); ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::string_view rest = text.substr(i + 1);
    while (StripPrefix(rest, kClosers)) {
    }
    if (rest.size() < 2 || rest[0] != ' ') continue;
    const char next = rest[1];
    const bool starts = (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9') ||
                        next == '(' || next == '"' || next == '\'' ||
                        static_cast<unsigned char>(next) >= 0x80;
    // "e.g. Foo" and initials ("J. Smith") are not sentence ends: want a word of 2+ letters.
    const bool after_word =
        i >= 2 && text[i - 1] != ' ' && text[i - 2] != ' ' && text[i - 2] != '.';
    if (starts && after_word) return true;
  }
  return false;
}

}  // namespace

std::vector<TextLine> SplitLines(std::string_view source) {
  if (source.starts_with("\xEF\xBB\xBF")) source.remove_prefix(3);
  std::vector<TextLine> lines;
  int number = 1;
  size_t start = 0;
  while (start <= source.size()) {
    size_t end = source.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = source.size();
    lines.push_back({std::string(Trim(source.substr(start, end - start))), number++});
    if (end == source.size()) break;
    start =
        end + ((source[end] == '\r' && end + 1 < source.size() && source[end + 1] == '\n') ? 2 : 1);
  }
  return lines;
}

int WordCount(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

bool IsSentenceLike(std::string_view text) {
  text = Trim(text);
  return EndsSentence(text) || HasInnerSentenceEnd(text);
}

bool IsHeadingShaped(std::string_view text) {
  text = Trim(text);
  if (text.empty() || WordCount(text) > kMaxHeadingWords) return false;
  if (text.front() >= 'a' && text.front() <= 'z') return false;
  for (char end : {'.', ',', ';', ':', '!'}) {
    if (text.back() == end) return false;
  }
  return !text.ends_with("\u2026");
}

ListMarker FindListMarker(std::string_view line) {
  static constexpr std::array<std::string_view, 10> kBullets = {
      "\u2022", "\u25E6", "\u25AA", "\u2023", "\u2043", "\u00B7", "\u2013", "-", "*", "+"};
  for (std::string_view bullet : kBullets) {
    if (line.starts_with(bullet) && line.size() > bullet.size() &&
        IsAsciiSpace(line[bullet.size()])) {
      return {.found = true, .ordered = false, .text_begin = bullet.size() + 1};
    }
  }
  size_t digits = 0;
  while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') {
    ++digits;
  }
  if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      IsAsciiSpace(line[digits + 1])) {
    return {.found = true, .ordered = true, .text_begin = digits + 2};
  }
  return {};
}

bool IsAttributedQuote(std::string_view paragraph) {
  paragraph = Trim(paragraph);
  if (!StartsWithAny(paragraph, kOpeningQuotes)) return false;
  for (std::string_view dash : {" \u2014 ", " \u2013 ", " - ", "\u2014"}) {
    const size_t at = paragraph.rfind(dash);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view quoted = Trim(paragraph.substr(0, at));
    std::string_view name = Trim(paragraph.substr(at + dash.size()));
    if (name.empty() || WordCount(name) > 8 || EndsSentence(name)) continue;
    if (StripSuffix(quoted, kClosingQuotes)) return true;
  }
  return false;
}

std::string_view SiteNameBesideTitle(std::string_view line, std::string_view title) {
  if (title.empty() || line.size() <= title.size()) return {};
  for (std::string_view separator : {" - ", " | ", " \u2013 ", " \u2014 ", " \u00B7 "}) {
    std::string_view tail;
    if (line.starts_with(title) && line.substr(title.size()).starts_with(separator)) {
      tail = line.substr(title.size() + separator.size());
    } else if (line.ends_with(title) &&
               line.substr(0, line.size() - title.size()).ends_with(separator)) {
      tail = line.substr(0, line.size() - title.size() - separator.size());
    }
    tail = Trim(tail);
    if (!tail.empty() && WordCount(tail) <= 6) return tail;
  }
  return {};
}

}  // namespace spoken
