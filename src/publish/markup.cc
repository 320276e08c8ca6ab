#include "publish/markup.h"

#include <string_view>

namespace spoken {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at the start of `text` (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF), or 0 when the first byte starts none.
size_t WellFormedLength(std::string_view text) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (text.size() < length || byte(1) < low || byte(1) > high) return 0;
  for (size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  return length;
}

// XML 1.0 Char: tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD, U+10000 up.
bool IsXmlChar(std::string_view sequence) {
  const auto lead = static_cast<unsigned char>(sequence[0]);
  if (sequence.size() == 1) return lead >= 0x20 || lead == '\t' || lead == '\n' || lead == '\r';
  return sequence != "\xEF\xBF\xBE" && sequence != "\xEF\xBF\xBF";  // U+FFFE, U+FFFF
}

// Calls `emit` with each character of `text` that XML 1.0 allows, an ill-formed byte
// replaced by U+FFFD; drops the characters it forbids.
template <typename Emit>
void ForEachXmlChar(std::string_view text, Emit&& emit) {
  size_t at = 0;
  while (at < text.size()) {
    const size_t length = WellFormedLength(text.substr(at));
    if (length == 0) {
      emit(kReplacementCharacter);
      ++at;
      continue;
    }
    const std::string_view sequence = text.substr(at, length);
    if (IsXmlChar(sequence)) emit(sequence);
    at += length;
  }
}

// Escapes &, < and > always; quotes when `quotes` (attribute-safe XML); a line break
// becomes a space when `join_lines` (a cue's text is one line before wrapping). Characters
// XML 1.0 forbids never pass (they would make the feed ill-formed).
std::string Escape(std::string_view text, bool quotes, bool join_lines) {
  std::string out;
  out.reserve(text.size());
  ForEachXmlChar(text, [&](std::string_view sequence) {
    switch (sequence[0]) {
      case '&':
        out += "&amp;";
        return;
      case '<':
        out += "&lt;";
        return;
      case '>':
        out += "&gt;";
        return;  // in WebVTT this also breaks "-->"
      case '"':
        if (quotes) {
          out += "&quot;";
          return;
        }
        break;
      case '\'':
        if (quotes) {
          out += "&#39;";
          return;
        }
        break;
      case '\n':
        if (join_lines) {
          out += ' ';
          return;
        }
        break;
      default:
        break;
    }
    out += sequence;
  });
  return out;
}

}  // namespace

std::string EscapeXml(std::string_view text) { return Escape(text, true, false); }

std::string EscapeVttText(std::string_view text) { return Escape(text, false, true); }

std::string XmlCharsOnly(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachXmlChar(text, [&](std::string_view sequence) { out += sequence; });
  return out;
}

std::string WrapLines(std::string_view text, size_t width) {
  std::string out;
  size_t line_length = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      if (line_length > 0 && line_length + 1 + word.size() > width) {
        out += '\n';
        line_length = 0;
      } else if (line_length > 0) {
        out += ' ';
        ++line_length;
      }
      out += word;
      line_length += word.size();
    }
    start = end + 1;
  }
  return out;
}

}  // namespace spoken
