#include "document/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <vector>

#include "document/metadata.h"

namespace spoken {
namespace {

// The YAML starts on line 2 of the file (after the opening fence); yaml-cpp counts from 0.
constexpr int kYamlFirstLine = 2;

std::string_view LineContent(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line;
}

// "PATH:LINE: message", LINE in the file (line 1 when yaml-cpp knows no position).
Error FrontMatterError(const std::string& path, const YAML::Mark& mark,
                       const std::string& message) {
  const int line = mark.is_null() ? 1 : mark.line + kYamlFirstLine;
  return InvalidInput(path + ":" + std::to_string(line) + ": " + message);
}

Error BadValue(const std::string& path, const YAML::Node& node, const std::string& message) {
  return FrontMatterError(path, node.Mark(), message);
}

// Reads a scalar field into `out`; leaves `out` alone when the key is absent or empty.
Status ReadText(const YAML::Node& root, const char* key, const std::string& path,
                std::string& out) {
  const YAML::Node node = root[key];
  if (!node || node.IsNull()) return Status::Ok();
  if (!node.IsScalar()) return BadValue(path, node, std::string(key) + " must be text");
  std::string value(TrimAscii(node.Scalar()));
  if (!value.empty()) out = std::move(value);
  return Status::Ok();
}

Status CheckedFields(const YAML::Node& root, const std::string& path, ArticleInfo& info,
                     bool& title_set) {
  std::string title;
  Status status = ReadText(root, "title", path, title);
  if (!status.ok()) return status;
  title_set = !title.empty();
  if (title_set) info.title = std::move(title);

  struct Field {
    const char* key;
    std::string* out;
  };
  for (const Field& field : {Field{"author", &info.author}, Field{"description", &info.description},
                             Field{"url", &info.url}, Field{"voice", &info.voice}}) {
    status = ReadText(root, field.key, path, *field.out);
    if (!status.ok()) return status;
  }

  std::string date;
  if (status = ReadText(root, "date", path, date); !status.ok()) return status;
  if (!date.empty()) {
    if (!IsIsoCalendarDate(date)) {
      return BadValue(path, root["date"],
                      "date must be a calendar date YYYY-MM-DD, got \"" + date + "\"");
    }
    info.date = date;
  }

  std::string language;
  if (status = ReadText(root, "language", path, language); !status.ok()) return status;
  if (!language.empty()) {
    if (!IsBcp47Tag(language)) {
      return BadValue(path, root["language"],
                      "language must be a BCP 47 tag such as en-US, got \"" + language + "\"");
    }
    info.language = language;
  }

  std::string citations;
  if (status = ReadText(root, "citations", path, citations); !status.ok()) return status;
  if (!citations.empty()) {
    if (citations != "read" && citations != "brief" && citations != "skip") {
      return BadValue(path, root["citations"],
                      "citations must be read, brief or skip, got \"" + citations + "\"");
    }
    info.citations = citations;
  }

  const YAML::Node lexicons = root["lexicons"];
  if (lexicons && !lexicons.IsNull()) {
    std::vector<std::string> resolved;
    if (lexicons.IsScalar()) {
      resolved.push_back(ResolveBesideArticle(path, lexicons.Scalar()));
    } else if (lexicons.IsSequence()) {
      for (const YAML::Node& entry : lexicons) {
        if (!entry.IsScalar() || TrimAscii(entry.Scalar()).empty()) {
          return BadValue(path, entry, "each entry of lexicons must be a file path");
        }
        resolved.push_back(ResolveBesideArticle(path, std::string(TrimAscii(entry.Scalar()))));
      }
    } else {
      return BadValue(path, lexicons, "lexicons must be a list of file paths");
    }
    info.lexicons = std::move(resolved);
  }
  return Status::Ok();
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
  try {
    const YAML::Node root = YAML::Load(std::string(yaml));
    if (!root || root.IsNull()) return Status::Ok();
    if (!root.IsMap()) {
      return BadValue(path, root, "front matter must be a mapping of field: value");
    }
    return CheckedFields(root, path, info, title_set);
  } catch (const YAML::Exception& e) {
    return FrontMatterError(path, e.mark, "front matter: " + e.msg);
  }
}

}  // namespace spoken
