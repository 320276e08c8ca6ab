#include "document/reader.h"

#include <filesystem>
#include <string_view>
#include <utility>

#include "core/sha256.h"
#include "document/html_charset.h"
#include "document/html_reader.h"
#include "document/markdown_reader.h"
#include "document/plain_text_reader.h"
#include "document/slug.h"
#include "encoding/text_file.h"

namespace spoken {
namespace {

std::string LowercaseAscii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// The longest run of text without a space, in bytes, of `text`; `at` is where it starts.
size_t LongestWord(std::string_view text, size_t& at) {
  size_t longest = 0, start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
      if (i - start > longest) {
        longest = i - start;
        at = start;
      }
      start = i + 1;
    }
  }
  return longest;
}

Status CheckWordLengths(const Article& article) {
  for (const Section& section : article.sections) {
    for (const Block& block : section.blocks) {
      size_t at = 0;
      if (const size_t longest = LongestWord(block.text, at); longest > kMaxWordBytes) {
        return InvalidInput(article.info.source_path + ":" + std::to_string(block.source_line) +
                            ": a word of " + std::to_string(longest) + " bytes (the limit is " +
                            std::to_string(kMaxWordBytes) + ")");
      }
    }
  }
  return Status::Ok();
}

bool HasText(const Article& article) {
  for (const Section& section : article.sections) {
    for (const Block& block : section.blocks) {
      if (!block.text.empty()) return true;
    }
  }
  return false;
}

// A page declares its own charset (<meta charset>): its bytes are decoded by what the page
// says (html_charset.h), not assumed to be UTF-8.
Result<TextFile> ReadHtmlFile(const std::string& path) {
  Result<std::string> bytes = ReadRegularFile(path, kMaxArticleBytes);
  if (!bytes.ok()) return bytes.error();
  TextFile file{.bytes_sha256 = Sha256Hex(*bytes)};
  file.utf8 = DecodeHtmlBytes(*bytes, path, file.warnings);
  return file;
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

  Result<std::string> slug = SlugOfPath(path);
  if (!slug.ok()) return slug.error();
  Result<TextFile> source =
      format == Format::kHtml ? ReadHtmlFile(path) : ReadTextFile(path, kMaxArticleBytes);
  if (!source.ok()) return source.error();

  ArticleInfo info = defaults;
  info.slug = std::move(slug).value();
  info.source_path = path;
  Result<Article> article =
      format == Format::kMarkdown ? ReadMarkdown(source->utf8, std::move(info))
      : format == Format::kHtml   ? ReadHtml(source->utf8, std::move(info))
                                  : ReadPlainText(source->utf8, std::move(info));
  if (!article.ok()) return article;
  if (!HasText(*article)) return InvalidInput(path + ": the article has no text");
  if (Status status = CheckWordLengths(*article); !status.ok()) return status.error();
  if (article->info.title.empty()) article->info.title = article->info.slug;
  for (Section& section : article->sections) {
    if (section.title_from_article) section.title = article->info.title;
  }
  article->source_sha256 = source->bytes_sha256;
  // Decoding warnings first: they concern the bytes, the reader's the markup.
  article->warnings.insert(article->warnings.begin(), source->warnings.begin(),
                           source->warnings.end());
  return article;
}

}  // namespace spoken
