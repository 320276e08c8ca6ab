#include "document/json_ld.h"

#include <optional>
#include <utility>
#include <vector>

#include "core/utf8.h"

namespace spoken {
namespace {

// The schema.org types that are articles (https://schema.org/Article and its subtypes).
constexpr std::string_view kArticleTypes[] = {
    "Article",
    "AdvancedArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "DiscussionForumPosting",
    "LiveBlogPosting",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "TechArticle",
    "NewsArticle",
};

struct Json {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject } type = Type::kNull;
  std::string text;  // a string's value
  std::vector<Json> items;
  std::vector<std::string> member_names;  // an object's keys, with their values below
  std::vector<Json> member_values;

  const Json* Find(std::string_view key) const {
    for (size_t i = 0; i < member_names.size(); ++i) {
      if (member_names[i] == key) return &member_values[i];
    }
    return nullptr;
  }
  std::string String(std::string_view key) const {
    const Json* value = Find(key);
    return value != nullptr && value->type == Type::kString ? value->text : std::string();
  }
};

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  std::optional<Json> Document() {
    std::optional<Json> value = Value(0);
    SkipSpace();
    if (!value || at_ != text_.size()) return std::nullopt;
    return value;
  }

 private:
  static constexpr int kMaxDepth = 64;

  void SkipSpace() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) {
      ++at_;
    }
  }
  bool Eat(char c) {
    SkipSpace();
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }

  std::optional<unsigned> Hex4() {
    if (at_ + 4 > text_.size()) return std::nullopt;
    unsigned code = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = text_[at_++];
      code <<= 4;
      if (c >= '0' && c <= '9')
        code |= c - '0';
      else if (c >= 'a' && c <= 'f')
        code |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        code |= c - 'A' + 10;
      else
        return std::nullopt;
    }
    return code;
  }

  std::optional<std::string> String() {
    if (!Eat('"')) return std::nullopt;
    std::string out;
    while (at_ < text_.size()) {
      const char c = text_[at_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at_ >= text_.size()) return std::nullopt;
      const char escape = text_[at_++];
      switch (escape) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          std::optional<unsigned> code = Hex4();
          if (!code) return std::nullopt;
          if (*code >= 0xD800 && *code < 0xDC00 && text_.substr(at_, 2) == "\\u") {
            at_ += 2;
            std::optional<unsigned> low = Hex4();
            if (!low) return std::nullopt;
            *code = *low >= 0xDC00 && *low < 0xE000
                        ? 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00)
                        : 0xFFFD;
          }
          // A lone surrogate has no UTF-8 form: it becomes U+FFFD, like any invalid text.
          if (*code >= 0xD800 && *code < 0xE000) *code = 0xFFFD;
          AppendUtf8CodePoint(out, *code);
          break;
        }
        default:
          out += escape;
          break;  // \" \\ \/
      }
    }
    return std::nullopt;
  }

  std::optional<Json> Value(int depth) {
    if (depth > kMaxDepth) return std::nullopt;
    SkipSpace();
    if (at_ >= text_.size()) return std::nullopt;
    Json value;
    const char c = text_[at_];
    if (c == '"') {
      std::optional<std::string> text = String();
      if (!text) return std::nullopt;
      value.type = Json::Type::kString;
      value.text = std::move(*text);
    } else if (c == '{') {
      ++at_;
      value.type = Json::Type::kObject;
      if (Eat('}')) return value;
      do {
        std::optional<std::string> key = String();
        if (!key || !Eat(':')) return std::nullopt;
        std::optional<Json> member = Value(depth + 1);
        if (!member) return std::nullopt;
        value.member_names.push_back(std::move(*key));
        value.member_values.push_back(std::move(*member));
      } while (Eat(','));
      if (!Eat('}')) return std::nullopt;
    } else if (c == '[') {
      ++at_;
      value.type = Json::Type::kArray;
      if (Eat(']')) return value;
      do {
        std::optional<Json> item = Value(depth + 1);
        if (!item) return std::nullopt;
        value.items.push_back(std::move(*item));
      } while (Eat(','));
      if (!Eat(']')) return std::nullopt;
    } else {  // a number, true, false or null: kept as its text
      const size_t start = at_;
      while (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '}' && text_[at_] != ']' &&
             text_[at_] != ' ' && text_[at_] != '\n' && text_[at_] != '\r' && text_[at_] != '\t') {
        ++at_;
      }
      if (at_ == start) return std::nullopt;
      value.type = Json::Type::kNumber;
      value.text = std::string(text_.substr(start, at_ - start));
    }
    return value;
  }

  std::string_view text_;
  size_t at_ = 0;
};

bool IsArticle(const Json& object) {
  const Json* type = object.Find("@type");
  if (type == nullptr) return false;
  const auto is_article_type = [](const Json& value) {
    if (value.type != Json::Type::kString) return false;
    for (std::string_view article_type : kArticleTypes) {
      if (value.text == article_type) return true;
    }
    return false;
  };
  if (is_article_type(*type)) return true;
  for (const Json& item : type->items) {
    if (is_article_type(item)) return true;
  }
  return false;
}

const Json* FindArticle(const Json& root) {
  if (root.type == Json::Type::kArray) {
    for (const Json& item : root.items) {
      if (const Json* found = FindArticle(item)) return found;
    }
    return nullptr;
  }
  if (root.type != Json::Type::kObject) return nullptr;
  if (IsArticle(root)) return &root;
  if (const Json* graph = root.Find("@graph")) return FindArticle(*graph);
  return nullptr;
}

// A person or organisation: its "name", or the string itself.
std::string NameOf(const Json& value) {
  if (value.type == Json::Type::kString) return value.text;
  if (value.type == Json::Type::kObject) return value.String("name");
  return {};
}

}  // namespace

LinkedArticle ReadLinkedArticle(std::string_view json) {
  // Some pages wrap the JSON in a CDATA section.
  std::string_view body = json;
  if (size_t open = body.find("<![CDATA["); open != std::string_view::npos) {
    body.remove_prefix(open + 9);
    if (size_t close = body.rfind("]]>"); close != std::string_view::npos)
      body = body.substr(0, close);
  }
  LinkedArticle article;
  std::optional<Json> root = Parser(body).Document();
  if (!root) return article;
  const Json* found = FindArticle(*root);
  if (found == nullptr) return article;
  article.found = true;
  article.headline = found->String("headline");
  article.name = found->String("name");
  article.description = found->String("description");
  article.date_published = found->String("datePublished");
  if (const Json* author = found->Find("author")) {
    if (author->type == Json::Type::kArray) {
      for (const Json& person : author->items) {
        std::string name = NameOf(person);
        if (name.empty()) continue;
        if (!article.author.empty()) article.author += ", ";
        article.author += name;
      }
    } else {
      article.author = NameOf(*author);
    }
  }
  if (const Json* image = found->Find("image")) {
    const Json& first =
        image->type == Json::Type::kArray && !image->items.empty() ? image->items.front() : *image;
    article.image = first.type == Json::Type::kString ? first.text : first.String("url");
  }
  if (const Json* publisher = found->Find("publisher")) article.publisher = NameOf(*publisher);
  return article;
}

}  // namespace spoken
