#include "pronounce/utf8.h"

#include "core/utf8.h"

namespace spoken {

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

std::u32string DecodeUtf8(std::string_view text) {
  std::u32string out;
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = Utf8Length(lead);
    if (length == 1 || i + length > text.size()) {
      out += lead < 0x80 ? char32_t{lead} : char32_t{0xFFFD};
      ++i;
      continue;
    }
    char32_t c = lead & (0xFF >> (length + 1));
    for (size_t k = 1; k < length; ++k)
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out += c;
    i += length;
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) AppendUtf8CodePoint(out, c);
  return out;
}

char32_t FoldCase(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 32;
  if ((c >= 0xC0 && c <= 0xDE) && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    // Latin Extended-A pairs upper/lower on even/odd code points, except a few runs.
    const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_upper) return (c % 2 == 1) ? c + 1 : c;
    if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    return (c % 2 == 0) ? c + 1 : c;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;  // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 32;                // Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

bool IsApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }

bool IsWordSeparator(char32_t c) {
  return c == U' ' || c == U'\u00A0' || c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == U'\u2212';
}

bool IsWordChar(char32_t c) {
  if (c < 0x80)
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation, dashes, quotes
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return !IsApostrophe(c);
}

}  // namespace spoken
