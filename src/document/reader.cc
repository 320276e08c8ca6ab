#include "document/reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <utility>

#include "core/sha256.h"
#include "document/html_charset.h"
#include "document/html_reader.h"
#include "document/markdown_reader.h"
#include "document/plain_text_reader.h"

namespace spoken {
namespace {

std::string LowercaseAscii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return NotFound(path + ": no such file");
  if (std::filesystem::is_directory(path, error)) {
    return InvalidInput(path + ": is a folder, not an article");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot open for reading");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return IoError(path + ": read failed");
  return std::move(bytes).str();
}

bool HasText(const Article& article) {
  for (const Section& section : article.sections) {
    for (const Block& block : section.blocks) {
      if (!block.text.empty()) return true;
    }
  }
  return false;
}

}  // namespace

Result<Article> ReadArticle(const std::string& path, const ArticleInfo& defaults) {
  const std::filesystem::path file(path);
  const std::string extension = LowercaseAscii(file.extension().string());
  enum class Format { kMarkdown, kHtml, kPlainText };
  Format format;
  if (extension == ".md" || extension == ".markdown") {
    format = Format::kMarkdown;
  } else if (extension == ".html" || extension == ".htm") {
    format = Format::kHtml;
  } else if (extension == ".txt") {
    format = Format::kPlainText;
  } else {
    return InvalidInput(path + ": unknown article type \"" + extension +
                        "\" (expected .md, .html, .htm or .txt)");
  }

  Result<std::string> source = ReadWholeFile(path);
  if (!source.ok()) return source.error();

  ArticleInfo info = defaults;
  info.slug = file.stem().string();
  info.source_path = path;
  std::vector<std::string> warnings;
  Result<Article> article =
      format == Format::kMarkdown ? ReadMarkdown(*source, std::move(info))
      : format == Format::kHtml
          ? ReadHtml(DecodeHtmlBytes(*source, path, warnings), std::move(info))
          : ReadPlainText(*source, std::move(info));
  if (!article.ok()) return article;
  article->warnings = std::move(warnings);
  if (!HasText(*article)) return InvalidInput(path + ": the article has no text");
  if (article->info.title.empty()) article->info.title = article->info.slug;
  for (Section& section : article->sections) {
    if (section.title_from_article) section.title = article->info.title;
  }
  article->source_sha256 = Sha256Hex(*source);
  return article;
}

}  // namespace spoken
