#include "cli/article_json_writer.h"

#include <cstdio>
#include <sstream>
#include <string>

namespace spoken::cli {

std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

namespace {

// Writes `"key": value` lines of one object at `indent`, a comma after all but the last.
class ObjectWriter {
 public:
  ObjectWriter(std::ostream& out, int indent) : out_(out), indent_(indent) { out_ << "{"; }
  void Field(std::string_view key, std::string_view raw_value) {
    out_ << (first_ ? "\n" : ",\n") << std::string(indent_ + 2, ' ') << JsonString(key) << ": "
         << raw_value;
    first_ = false;
  }
  void Text(std::string_view key, std::string_view value) { Field(key, JsonString(value)); }
  void Number(std::string_view key, int value) { Field(key, std::to_string(value)); }
  void End() { out_ << (first_ ? "}" : "\n" + std::string(indent_, ' ') + "}"); }

 private:
  std::ostream& out_;
  int indent_;
  bool first_ = true;
};

// A JSON array of the items written by `write_item(item, indent)`.
template <typename Items, typename WriteItem>
std::string Array(const Items& items, int indent, WriteItem write_item) {
  if (items.empty()) return "[]";
  std::string out = "[";
  bool first = true;
  for (const auto& item : items) {
    out += (first ? "\n" : ",\n") + std::string(indent + 2, ' ') + write_item(item, indent + 2);
    first = false;
  }
  return out + "\n" + std::string(indent, ' ') + "]";
}

template <typename Fill>
std::string Object(int indent, Fill fill) {
  std::ostringstream out;
  ObjectWriter object(out, indent);
  fill(object);
  object.End();
  return out.str();
}

}  // namespace

void WriteArticleJson(const Article& article, std::ostream& out) {
  const ArticleInfo& info = article.info;
  const std::string sections = Array(article.sections, 2, [](const Section& section, int at) {
    return Object(at, [&](ObjectWriter& object) {
      object.Text("title", section.title);
      object.Number("line", section.source_line);
      object.Field(
          "blocks", Array(section.blocks, at + 2, [](const Block& block, int inner) {
            return Object(inner, [&](ObjectWriter& fields) {
              fields.Text("kind", BlockKindName(block.kind));
              fields.Text("language", block.language);
              fields.Number("line", block.source_line);
              fields.Text("text", block.text);
              if (!block.passages.empty()) {  // inline passages in other languages
                fields.Field(
                    "passages",
                    Array(block.passages, inner + 2, [&block](const LanguageSpan& passage, int at) {
                      return Object(at, [&](ObjectWriter& span) {
                        span.Text("text",
                                  block.text.substr(passage.begin, passage.end - passage.begin));
                        span.Text("language", passage.language);
                      });
                    }));
              }
              if (!block.image.empty()) {  // a figure's picture, for the EPUB
                fields.Text("image", block.image);
                fields.Text("image_alt", block.image_alt);
              }
            });
          }));
    });
  });
  const std::string skipped = Array(article.skipped, 2, [](const SkippedContent& item, int at) {
    return Object(at, [&](ObjectWriter& object) {
      object.Text("what", item.what);
      object.Text("reason", item.reason);
      object.Text("excerpt", item.excerpt);
      object.Number("line", item.source_line);
    });
  });
  ObjectWriter root(out, 0);
  root.Text("title", info.title);
  root.Text("author", info.author);
  root.Text("date", info.date);
  root.Text("language", info.language);
  root.Text("description", info.description);
  root.Text("url", info.url);
  root.Text("image", info.image);
  root.Field("sections", sections);
  root.Field("skipped", skipped);
  root.End();
  out << "\n";
}

}  // namespace spoken::cli
