#include "publish/not_read_html.h"

#include "publish/markup.h"

namespace spoken {
namespace {

// "PATH:12: text" -> "Line 12: text"; "PATH: text" -> "text" (the path is the publisher's).
std::string WithoutSourcePath(const std::string& warning, const std::string& source_path) {
  if (source_path.empty() || warning.rfind(source_path + ":", 0) != 0) return warning;
  std::string rest = warning.substr(source_path.size() + 1);
  size_t digits = 0;
  while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
  if (digits > 0 && digits < rest.size() && rest[digits] == ':') return "Line " + rest;
  return rest.rfind(' ', 0) == 0 ? rest.substr(1) : rest;
}

}  // namespace

void WriteNotReadAloudHtml(const std::vector<SkippedContent>& skipped,
                           const std::vector<std::string>& warnings, const std::string& source_path,
                           std::ostream& out, std::string_view attributes) {
  if (skipped.empty() && warnings.empty()) return;
  out << "<section class=\"not-read\" aria-labelledby=\"not-read\"" << attributes << ">\n"
      << "<h2 id=\"not-read\">Not read aloud</h2>\n";
  if (!skipped.empty()) {
    out << "<p>The audio leaves out " << skipped.size()
        << (skipped.size() == 1 ? " part" : " parts") << " of the source.</p>\n"
        << "<details>\n<summary>The parts left out, with the reason</summary>\n<ul>\n";
    for (const SkippedContent& content : skipped) {
      out << "<li>" << EscapeXml(content.reason) << ": " << EscapeXml(content.what);
      if (content.source_line > 0) out << ", line " << content.source_line;
      if (!content.excerpt.empty()) out << ": “" << EscapeXml(content.excerpt) << "”";
      out << "</li>\n";
    }
    out << "</ul>\n</details>\n";
  }
  if (!warnings.empty()) {
    out << "<p>Notes on the source:</p>\n<ul>\n";
    for (const std::string& warning : warnings) {
      out << "<li>" << EscapeXml(WithoutSourcePath(warning, source_path)) << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

}  // namespace spoken
