#include "document/html_charset.h"

#include <cctype>
#include <utility>

#include "encoding/decode.h"

namespace spoken {
namespace {

std::string Lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// The value after "charset" in `text` (from its '='), unquoted, or "".
std::string CharsetAfter(std::string_view text, size_t at) {
  size_t i = text.find('=', at);
  if (i == std::string_view::npos) return {};
  ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '"' || text[i] == '\'')) ++i;
  size_t end = i;
  while (end < text.size() &&
         (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' ||
          text[end] == '_' || text[end] == ':' || text[end] == '.')) {
    ++end;
  }
  return std::string(text.substr(i, end - i));
}

}  // namespace

std::string DeclaredHtmlCharset(std::string_view bytes) {
  if (std::string_view bom = CharsetOfByteOrderMark(bytes); !bom.empty()) return Lowercase(bom);
  const std::string head = Lowercase(bytes.substr(0, kPrescanBytes));
  for (size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const size_t end = head.find('>', meta);
    const std::string_view tag = std::string_view(head).substr(
        meta, end == std::string::npos ? std::string::npos : end - meta);
    const size_t charset = tag.find("charset");
    if (charset == std::string_view::npos) continue;
    std::string name = CharsetAfter(tag, charset);
    if (!name.empty()) return name;
  }
  return {};
}

bool IsValidUtf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    const unsigned char lead = static_cast<unsigned char>(bytes[i]);
    int length = lead < 0x80           ? 1
                 : (lead >> 5) == 0x6  ? 2
                 : (lead >> 4) == 0xE  ? 3
                 : (lead >> 3) == 0x1E ? 4
                                       : 0;
    if (length == 0 || i + length > bytes.size()) return false;
    unsigned code = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
      const unsigned char next = static_cast<unsigned char>(bytes[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    static constexpr unsigned kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kMinimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

bool HasNonAscii(std::string_view bytes) {
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

}  // namespace spoken

namespace spoken {

std::string DecodeHtmlBytes(std::string_view bytes, const std::string& path,
                            std::vector<std::string>& warnings) {
  std::string charset = DeclaredHtmlCharset(bytes);
  const bool says_utf8 = charset == "utf-8" || charset == "utf8";
  const bool wide = charset.starts_with("utf-16") || charset.starts_with("utf-32");
  if (!wide && IsValidUtf8(bytes)) {
    if (!charset.empty() && !says_utf8 && HasNonAscii(bytes)) {
      warnings.push_back(path + ": declares charset " + charset + " but is UTF-8; read as UTF-8");
    }
    return std::string(bytes.substr(bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0));
  }
  if (charset.empty()) {
    charset = "windows-1252";
    warnings.push_back(path + ": not UTF-8 and no charset declared; read as windows-1252");
  }
  Result<DecodedText> decoded = DecodeToUtf8(bytes, charset);
  if (!decoded.ok()) {
    warnings.push_back(path + ": unknown charset " + charset + "; read as UTF-8");
    charset = "UTF-8";
    decoded = DecodeToUtf8(bytes, charset);
    if (!decoded.ok()) return std::string(bytes);
  }
  if (!decoded->invalid_offsets.empty()) {
    warnings.push_back(path + ": " + std::to_string(decoded->invalid_offsets.size()) +
                       " invalid byte sequence(s) for " + charset + ", the first at byte " +
                       std::to_string(decoded->invalid_offsets.front()) + "; shown as U+FFFD");
  }
  return std::move(decoded->utf8);
}

}  // namespace spoken
