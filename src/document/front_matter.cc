#include "document/front_matter.h"

#include <vector>

#include "document/metadata.h"
#include "settings/settings_reader.h"

namespace spoken {
namespace {

// The YAML starts on line 2 of the file (after the opening fence).
constexpr int kYamlFirstLine = 2;

std::string_view LineContent(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line;
}

std::string CalendarDate(std::string_view text) {
  return IsIsoCalendarDate(text) ? "" : "a calendar date YYYY-MM-DD";
}
std::string LanguageTag(std::string_view text) {
  return IsBcp47Tag(text) ? "" : "a BCP 47 tag such as en-US";
}

}  // namespace

Result<FrontMatterSplit> SplitFrontMatter(std::string_view source, const std::string& path) {
  if (source.starts_with("\xEF\xBB\xBF")) source.remove_prefix(3);
  FrontMatterSplit split;
  split.body = source;
  size_t first_end = source.find('\n');
  if (LineContent(source.substr(0, first_end)) != "---") return split;
  if (first_end == std::string_view::npos) {
    return InvalidInput(path + ":1: front matter is not closed (no --- line after it)");
  }
  size_t line_start = first_end + 1;
  int line_number = 2;
  while (line_start <= source.size()) {
    size_t line_end = source.find('\n', line_start);
    std::string_view line = LineContent(source.substr(line_start, line_end == std::string_view::npos
                                                                      ? std::string_view::npos
                                                                      : line_end - line_start));
    if (line == "---" || line == "...") {
      split.present = true;
      split.yaml = source.substr(first_end + 1, line_start - (first_end + 1));
      split.body =
          line_end == std::string_view::npos ? std::string_view() : source.substr(line_end + 1);
      split.body_line_offset = line_number;
      return split;
    }
    if (line_end == std::string_view::npos) break;
    line_start = line_end + 1;
    ++line_number;
  }
  return InvalidInput(path + ":1: front matter is not closed (no --- line after it)");
}

Status ApplyFrontMatter(std::string_view yaml, const std::string& path, ArticleInfo& info,
                        bool& title_set) {
  title_set = false;
  auto document = SettingsDocument::Parse(yaml, path, ErrorCode::kInvalidInput, kYamlFirstLine);
  if (!document.ok()) return document.error();
  std::string title;
  std::vector<std::string> lexicons;
  SettingsReader fields("", "front matter");
  // Publishing tools keep their own keys in front matter (layout, tags, ...): not ours to refuse.
  fields.IgnoreUnknownKeys()
      .Text("title", title)
      .Text("author", info.author)
      .Text("description", info.description)
      .Text("url", info.url)
      .Text("voice", info.voice)
      .Checked("date", info.date, CalendarDate)
      .Checked("language", info.language, LanguageTag)
      .Named("citations", info.citations, CitationStyleNamed, "read, brief or skip")
      .Named("footnotes", info.footnotes, FootnoteStyleNamed, "inline, end or skip")
      .TextList("lexicons", lexicons);
  if (Status status = fields.Read(document->root(), ErrorCode::kInvalidInput); !status.ok()) {
    return status;
  }
  title_set = !title.empty();
  if (title_set) info.title = std::move(title);
  if (!lexicons.empty()) {
    info.lexicons.clear();
    for (const std::string& lexicon : lexicons) {
      info.lexicons.push_back(ResolveBesideArticle(path, lexicon));
    }
  }
  return Status::Ok();
}

}  // namespace spoken
