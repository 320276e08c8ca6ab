#include "publish/epub_overlay_reader.h"

#include <cctype>

namespace spoken {
namespace {

// The value of attribute `name` in `element` (the text from '<' to '>'), if present.
std::optional<std::string> AttributeOf(std::string_view element, std::string_view name) {
  // Appended, not " " + name + ...: GCC 12 warns falsely on that (-Wrestrict, bug 105329).
  const std::string key = std::string(" ").append(name).append("=\"");
  const size_t at = element.find(key);
  if (at == std::string_view::npos) return std::nullopt;
  const size_t begin = at + key.size(), end = element.find('"', begin);
  if (end == std::string_view::npos) return std::nullopt;
  return std::string(element.substr(begin, end - begin));
}

// The start tag of the first `tag` element in `text` ("<tag ...>"), or "".
std::string_view StartTag(std::string_view text, std::string_view tag) {
  const std::string open = std::string("<").append(tag).append(" ");
  const size_t begin = text.find(open);
  if (begin == std::string_view::npos) return {};
  const size_t end = text.find('>', begin);
  return end == std::string_view::npos ? std::string_view() : text.substr(begin, end - begin + 1);
}

}  // namespace

std::optional<int64_t> ParseClockMs(std::string_view clock) {
  int64_t seconds = 0;
  size_t at = 0;
  int fields = 0;
  while (true) {
    const size_t begin = at;
    int64_t value = 0;
    while (at < clock.size() && std::isdigit(static_cast<unsigned char>(clock[at])) != 0) {
      value = value * 10 + (clock[at++] - '0');
    }
    if (at == begin || (fields > 0 && (at - begin != 2 || value >= 60))) return std::nullopt;
    seconds = seconds * 60 + value;
    ++fields;
    if (at < clock.size() && clock[at] == ':' && fields < 3) {
      ++at;
      continue;
    }
    break;
  }
  if (fields < 2) return std::nullopt;
  int64_t ms = 0, scale = 100;
  if (at < clock.size() && clock[at] == '.') {
    ++at;
    const size_t begin = at;
    for (; at < clock.size() && std::isdigit(static_cast<unsigned char>(clock[at])) != 0; ++at) {
      ms += (clock[at] - '0') * scale;
      scale /= 10;
    }
    if (at == begin || at - begin > 3) return std::nullopt;
  }
  if (at != clock.size()) return std::nullopt;
  return seconds * 1000 + ms;
}

Result<std::vector<OverlayClip>> ReadEpubOverlay(std::string_view smil) {
  std::vector<OverlayClip> clips;
  size_t at = 0;
  while ((at = smil.find("<par ", at)) != std::string_view::npos) {
    const size_t end = smil.find("</par>", at);
    if (end == std::string_view::npos) return InvalidInput("a <par> is not closed");
    const std::string_view par = smil.substr(at, end - at);
    const std::string id = AttributeOf(StartTag(par, "par"), "id").value_or("?");
    const auto src = AttributeOf(StartTag(par, "text"), "src");
    const std::string_view audio = StartTag(par, "audio");
    const auto audio_src = AttributeOf(audio, "src");
    const auto begin_text = AttributeOf(audio, "clipBegin");
    const auto end_text = AttributeOf(audio, "clipEnd");
    const auto begin_ms = begin_text ? ParseClockMs(*begin_text) : std::nullopt;
    const auto end_ms = end_text ? ParseClockMs(*end_text) : std::nullopt;
    if (!src || src->find('#') == std::string::npos || !audio_src || !begin_ms || !end_ms) {
      return InvalidInput("par " + id + ": text src, audio src or clip times missing or malformed");
    }
    const size_t hash = src->find('#');
    clips.push_back({src->substr(0, hash), src->substr(hash + 1), *audio_src, *begin_ms, *end_ms});
    at = end;
  }
  return clips;
}

Result<DeclaredDurations> ReadMediaDurations(std::string_view package) {
  DeclaredDurations durations;
  const std::string_view key = "<meta property=\"media:duration\"";
  size_t at = 0;
  while ((at = package.find(key, at)) != std::string_view::npos) {
    const size_t tag_end = package.find('>', at), close = package.find("</meta>", at);
    if (tag_end == std::string_view::npos || close == std::string_view::npos) {
      return InvalidInput("a media:duration meta is not closed");
    }
    const std::string_view value = package.substr(tag_end + 1, close - tag_end - 1);
    const auto ms = ParseClockMs(value);
    if (!ms)
      return InvalidInput("media:duration \"" + std::string(value) + "\" is not a clock value");
    if (AttributeOf(package.substr(at, tag_end - at + 1), "refines")) {
      durations.overlays_ms.push_back(*ms);
    } else {
      durations.total_ms = *ms;
    }
    at = close;
  }
  return durations;
}

}  // namespace spoken
