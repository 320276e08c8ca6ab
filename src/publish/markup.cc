#include "publish/markup.h"

namespace spoken {

namespace {

// Escapes &, < and > always; quotes when `quotes` (attribute-safe XML); a line break
// becomes a space when `join_lines` (a cue's text is one line before wrapping).
std::string Escape(std::string_view text, bool quotes, bool join_lines) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;  // in WebVTT this also breaks "-->"
      case '"':
        if (quotes) {
          out += "&quot;";
          continue;
        }
        break;
      case '\'':
        if (quotes) {
          out += "&#39;";
          continue;
        }
        break;
      case '\n':
        if (join_lines) {
          out += ' ';
          continue;
        }
        break;
      default:
        break;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string EscapeXml(std::string_view text) { return Escape(text, true, false); }

std::string EscapeVttText(std::string_view text) { return Escape(text, false, true); }

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
