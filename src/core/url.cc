#include "core/url.h"

namespace spoken {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

bool IsAllowedLinkUrl(std::string_view url) {
  // What a browser's URL parser does before it looks for the scheme (WHATWG URL: strip
  // leading and trailing C0 controls and spaces, remove tabs and newlines).
  std::string cleaned;
  bool leading = true;
  for (const char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (leading && byte <= 0x20) continue;
    leading = false;
    if (c == '\t' || c == '\n' || c == '\r') continue;
    cleaned += c;
  }
  // A scheme is ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) before the first ':'; a ':' after
  // '/', '?' or '#' belongs to a relative reference's path, query or fragment.
  std::string scheme;
  for (const char c : cleaned) {
    if (c == ':') {
      return scheme == "http" || scheme == "https" || scheme == "mailto";
    }
    if (c == '/' || c == '?' || c == '#') return true;
    const bool scheme_char =
        IsAsciiAlpha(c) ||
        (!scheme.empty() && (IsAsciiDigit(c) || c == '+' || c == '-' || c == '.'));
    if (!scheme_char) return true;  // no scheme: relative
    scheme += LowerAscii(c);
  }
  return true;
}

std::string PercentEncodePathSegment(std::string_view segment) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(segment.size());
  for (const char c : segment) {
    if (IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

}  // namespace spoken
