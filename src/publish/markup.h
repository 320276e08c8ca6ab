// Escaping shared by the XML, HTML and WebVTT writers.
#pragma once

#include <sstream>
#include <string>
#include <string_view>

namespace spoken {

// Every function here also drops the characters XML 1.0 forbids (C0 controls other than
// tab, line feed and carriage return; U+FFFE; U+FFFF) and replaces a byte that is not
// well-formed UTF-8 with U+FFFD: the one filter that keeps them out of every output.

/// Escapes &, <, > and both quotes: safe in XML/HTML text and in attribute values.
std::string EscapeXml(std::string_view text);

/// Escapes a WebVTT cue payload (&, <, >) and breaks "-->" so a cue can never end early.
std::string EscapeVttText(std::string_view text);

/// `text` with only the filtering above, nothing escaped (plain-text and JSON outputs).
std::string XmlCharsOnly(std::string_view text);

/// Wraps `text` at spaces into lines of at most `width` bytes (a longer word stays whole).
std::string WrapLines(std::string_view text, size_t width);

/// What `write(std::ostream&)` writes, as a string: how a stream writer's output is kept
/// in memory until it is stored (a file, a ZIP entry).
template <typename Writer>
std::string RenderToString(Writer&& write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

}  // namespace spoken
