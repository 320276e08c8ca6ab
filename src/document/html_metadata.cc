#include "document/html_metadata.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <unordered_map>
#include <vector>

#include "document/json_ld.h"
#include "document/metadata.h"

namespace spoken {
namespace {

// What separates a title from the site's name in a <title>.
constexpr std::array<std::string_view, 8> kSeparators = {" | ",  " - ", " – ", " — ",
                                                         " \\ ", " / ", " > ", " » "};
// Separators of a path ("Site » Section » Title") rather than of a name.
bool IsHierarchical(std::string_view separator) {
  return separator == " \\ " || separator == " / " || separator == " > " || separator == " » ";
}

int WordCount(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

size_t CodePoints(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

std::string Lowercase(std::string_view text) {
  std::string lower;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    lower += c == '.' ? ':' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return lower;
}

void FindAll(const GumboNode* node, GumboTag tag, std::vector<const GumboNode*>& found) {
  ForEachChild(node, [&](const GumboNode* child) {
    if (IsElement(child, tag)) found.push_back(child);
    FindAll(child, tag, found);
  });
}

// The <meta> values of the page by normalized name (see the header); the last one wins.
std::unordered_map<std::string, std::string> MetaValues(const GumboNode* html) {
  std::vector<const GumboNode*> metas;
  FindAll(html, GUMBO_TAG_META, metas);
  std::unordered_map<std::string, std::string> values;
  for (const GumboNode* meta : metas) {
    const char* content = Attribute(meta, "content");
    if (content == nullptr) continue;
    std::string value = CollapseWhitespace(content);
    if (value.empty()) continue;
    if (const char* property = Attribute(meta, "property")) {
      std::string_view names(property);
      while (!names.empty()) {
        const size_t space = names.find_first_of(" \t\n\r");
        const std::string name = Lowercase(names.substr(0, space));
        if (name.find(':') != std::string::npos) values[name] = value;
        names = space == std::string_view::npos ? std::string_view() : names.substr(space + 1);
      }
    }
    if (const char* name = Attribute(meta, "name")) values[Lowercase(name)] = value;
  }
  return values;
}

std::string First(const std::unordered_map<std::string, std::string>& values,
                  std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    if (auto it = values.find(std::string(name)); it != values.end()) return it->second;
  }
  return {};
}

// Share of the words of `b` that are also in `a` (by length), ignoring case.
double Similarity(std::string_view a, std::string_view b) {
  const auto words = [](std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!word.empty()) {
        out.push_back(std::move(word));
        word.clear();
      }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
  };
  const std::vector<std::string> a_words = words(a), b_words = words(b);
  if (a_words.empty() || b_words.empty()) return 0;
  size_t total = 0, unshared = 0;
  for (const std::string& word : b_words) {
    total += word.size() + 1;
    if (std::find(a_words.begin(), a_words.end(), word) == a_words.end())
      unshared += word.size() + 1;
  }
  return 1.0 - static_cast<double>(unshared) / static_cast<double>(total);
}

// `title` without a trailing or leading " - SITE" (any separator) naming the site.
std::string WithoutSiteName(std::string title, const std::string& site_name) {
  if (site_name.empty() || title.size() <= site_name.size()) return title;
  for (std::string_view separator : kSeparators) {
    const std::string suffix = std::string(separator) + site_name;
    if (title.size() > suffix.size() && title.ends_with(suffix)) {
      return title.substr(0, title.size() - suffix.size());
    }
    const std::string prefix = site_name + std::string(separator);
    if (title.size() > prefix.size() && title.starts_with(prefix))
      return title.substr(prefix.size());
  }
  return title;
}

std::string IsoDay(const std::string& date) {
  if (date.size() < 10) return {};
  const std::string day = date.substr(0, 10);
  const bool date_only_or_time =
      date.size() == 10 || date[10] == 'T' || date[10] == 't' || date[10] == ' ';
  return IsIsoCalendarDate(day) && date_only_or_time ? day : std::string();
}

}  // namespace

std::string DocumentTitle(const GumboNode* html) {
  const GumboNode* title_element = FindFirst(html, GUMBO_TAG_TITLE, true);
  const std::string original = title_element == nullptr ? std::string() : TextOf(title_element);
  std::string title = original;
  bool hierarchical = false;
  size_t first_at = std::string::npos, first_end = 0, last_at = std::string::npos;
  for (std::string_view separator : kSeparators) {
    for (size_t at = original.find(separator); at != std::string::npos;
         at = original.find(separator, at + 1)) {
      hierarchical = hierarchical || IsHierarchical(separator);
      if (first_at == std::string::npos || at < first_at) {
        first_at = at;
        first_end = at + separator.size();
      }
      if (last_at == std::string::npos || at > last_at) last_at = at;
    }
  }
  std::vector<const GumboNode*> h1s;
  FindAll(html, GUMBO_TAG_H1, h1s);
  if (last_at != std::string::npos) {
    title = original.substr(0, last_at);
    for (const GumboNode* h1 : h1s) {
      if (TextOf(h1) == TrimAscii(title)) return std::string(TrimAscii(title));  // confirmed
    }
    if (WordCount(title) < 3) title = original.substr(first_end);
  } else if (const size_t colon = original.find(": "); colon != std::string::npos) {
    std::vector<const GumboNode*> headings = h1s;
    FindAll(html, GUMBO_TAG_H2, headings);
    bool repeated = false;
    for (const GumboNode* heading : headings) repeated = repeated || TextOf(heading) == original;
    if (!repeated) {
      title = original.substr(original.rfind(':') + 1);
      if (WordCount(title) < 3) {
        title = original.substr(original.find(':') + 1);
      } else if (WordCount(original.substr(0, original.find(':'))) > 5) {
        title = original;
      }
    }
  } else if (CodePoints(original) > 150 || CodePoints(original) < 15) {
    if (h1s.size() == 1) title = TextOf(h1s.front());
  }
  title = std::string(TrimAscii(title));
  std::string unseparated;
  for (char c : original) {
    if (c != '|' && c != '-' && c != '\\' && c != '/' && c != '>') unseparated += c;
  }
  if (WordCount(title) <= 4 && (!hierarchical || WordCount(title) != WordCount(unseparated) - 1)) {
    title = original;
  }
  return title;
}

PageMetadata ReadPageMetadata(const GumboNode* html) {
  LinkedArticle linked;
  std::vector<const GumboNode*> scripts;
  FindAll(html, GUMBO_TAG_SCRIPT, scripts);
  for (const GumboNode* script : scripts) {
    if (linked.found || !AttributeIs(script, "type", "application/ld+json")) continue;
    std::string json;
    ForEachChild(script, [&](const GumboNode* text) {
      if (text->type == GUMBO_NODE_TEXT) json += text->v.text.text;
    });
    linked = ReadLinkedArticle(json);
  }
  const auto meta = MetaValues(html);
  const std::string document_title = DocumentTitle(html);

  PageMetadata page;
  page.site_name = CollapseWhitespace(linked.publisher);
  if (page.site_name.empty()) page.site_name = First(meta, {"og:site_name"});

  // Publishers put the title in "name" or "headline"; the one that matches <title> wins.
  std::string linked_title = linked.name.empty() ? linked.headline : linked.name;
  if (!linked.headline.empty() && !linked.name.empty() && linked.headline != linked.name &&
      Similarity(linked.headline, document_title) > 0.75 &&
      Similarity(linked.name, document_title) <= 0.75) {
    linked_title = linked.headline;
  }
  page.title = CollapseWhitespace(linked_title);
  if (page.title.empty()) {
    page.title = First(
        meta, {"dc:title", "dcterm:title", "og:title", "title", "twitter:title", "parsely-title"});
  }
  if (page.title.empty()) page.title = WithoutSiteName(document_title, page.site_name);

  page.author = CollapseWhitespace(linked.author);
  if (page.author.empty()) {
    page.author = First(meta, {"dc:creator", "dcterm:creator", "author", "parsely-author"});
  }
  if (const std::string article_author = First(meta, {"article:author"});
      page.author.empty() && !article_author.starts_with("http")) {
    page.author = article_author;
  }

  page.description = CollapseWhitespace(linked.description);
  if (page.description.empty()) {
    page.description = First(meta, {"dc:description", "dcterm:description", "og:description",
                                    "description", "twitter:description"});
  }
  page.date = IsoDay(linked.date_published);
  if (page.date.empty()) {
    page.date = IsoDay(First(meta, {"article:published_time", "date", "dcterms:date", "dcterm:date",
                                    "parsely-pub-date"}));
  }
  page.image = linked.image.empty() ? First(meta, {"og:image", "twitter:image"}) : linked.image;

  std::vector<const GumboNode*> links;
  FindAll(html, GUMBO_TAG_LINK, links);
  for (const GumboNode* link : links) {
    const char* href = Attribute(link, "href");
    if (page.url.empty() && href != nullptr && AttributeIs(link, "rel", "canonical")) {
      page.url = TrimAscii(href);
    }
  }
  if (page.url.empty()) page.url = First(meta, {"og:url"});

  if (const char* lang = Attribute(html, "lang"); lang != nullptr && IsBcp47Tag(TrimAscii(lang))) {
    page.language = TrimAscii(lang);
  } else if (std::string locale = First(meta, {"og:locale"}); !locale.empty()) {
    for (char& c : locale) c = c == '_' ? '-' : c;
    if (IsBcp47Tag(locale)) page.language = locale;
  }
  return page;
}

}  // namespace spoken
