#include "document/html_reader.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "document/content_finder.h"
#include "document/footnotes.h"
#include "document/html_block_walker.h"
#include "document/html_dom.h"
#include "document/html_metadata.h"
#include "document/html_nesting.h"

namespace spoken {
namespace {

bool Contains(const std::vector<const GumboNode*>& nodes, const GumboNode* node) {
  return std::find(nodes.begin(), nodes.end(), node) != nodes.end();
}

// What surrounds the article: each element beside the article or beside one of its
// ancestors, up to the body, that holds text. Listed in source order.
void ListOutside(const GumboNode* body, const ContentChoice& choice,
                 std::vector<SkippedContent>& skipped) {
  std::vector<const GumboNode*> on_path;  // the roots and their ancestors
  for (const GumboNode* root : choice.roots) {
    for (const GumboNode* up = root; up != nullptr && up != body; up = Parent(up)) {
      on_path.push_back(up);
    }
  }
  std::function<void(const GumboNode*)> visit = [&](const GumboNode* node) {
    ForEachChild(node, [&](const GumboNode* child) {
      if (child->type != GUMBO_NODE_ELEMENT) return;
      if (Contains(choice.roots, child)) return;
      if (Contains(on_path, child)) {
        visit(child);
        return;
      }
      std::string_view reason = SkipReason(child);
      if (reason == "script or style" || reason == "template") return;
      if (auto it = choice.dropped.find(child); it != choice.dropped.end()) reason = it->second;
      std::string excerpt = ExcerptOf(child);
      if (excerpt.empty()) return;
      skipped.push_back({.what = Describe(child),
                         .reason = reason.empty() ? "outside the article" : std::string(reason),
                         .excerpt = std::move(excerpt),
                         .source_line = static_cast<int>(child->v.element.start_pos.line)});
    });
  };
  if (!Contains(choice.roots, body)) visit(body);
}

// The name in a byline: its itemprop="name" part when it marks one ("By <span
// itemprop=name>Ann Lee</span>, 9:30 AM"), else all its text.
std::string BylineText(const GumboNode* byline) {
  const GumboNode* name = nullptr;
  std::function<void(const GumboNode*)> find = [&](const GumboNode* node) {
    ForEachChild(node, [&](const GumboNode* child) {
      if (name != nullptr || child->type != GUMBO_NODE_ELEMENT) return;
      if (AttributeIs(child, "itemprop", "name")) name = child;
      find(child);
    });
  };
  find(byline);
  return TextOf(name == nullptr ? byline : name);
}

void SetIfStated(std::string& field, std::string value) {
  if (!value.empty()) field = std::move(value);
}

bool HasBodyText(const std::vector<Section>& sections) {
  return std::any_of(sections.begin(), sections.end(),
                     [](const Section& section) { return !section.blocks.empty(); });
}

// A page whose article is headings and nothing else (pictures without captions under each,
// a list of headlines) still says something: its headings are its text. They become the
// paragraphs of one section titled after the article, so nothing on the page is lost, and
// the warning says so. (A Markdown file of headings alone is a stub and stays refused.)
void ReadHeadingsAsText(Article& article, const std::string& source_path) {
  if (article.sections.empty() || HasBodyText(article.sections)) return;
  Section body{.title_from_article = true, .source_line = article.sections.front().source_line};
  for (Section& heading : article.sections) {
    body.blocks.push_back(
        Block{.text = std::move(heading.title), .source_line = heading.source_line});
  }
  article.warnings.push_back(source_path + ":" + std::to_string(body.source_line) +
                             ": the page has only headings (" + std::to_string(body.blocks.size()) +
                             ") and no body text; its headings are read as its text");
  article.sections = {std::move(body)};
}

}  // namespace

Result<Article> ReadHtml(std::string_view source, ArticleInfo info) {
  std::vector<std::string> warnings;
  const std::optional<FlattenedHtml> flattened = BoundHtmlNesting(source, kMaxHtmlNesting);
  if (flattened.has_value()) {
    source = flattened->html;
    const std::string where = info.source_path + ":" + std::to_string(flattened->first_line);
    if (flattened->elements > 0) {
      warnings.push_back(where + ": elements nested more than " + std::to_string(kMaxHtmlNesting) +
                         " deep; the tags of " + std::to_string(flattened->elements) +
                         " elements below that depth were left out (" + flattened->tag_summary +
                         ") and their text is read as running text");
    }
    if (flattened->formatting > 0) {
      warnings.push_back(where + ": " + std::to_string(flattened->formatting) +
                         " formatting tags left open across blocks were left out (" +
                         flattened->formatting_summary + "); their text is kept");
    }
  }
  // The backstop allows what gumbo adds to the scanner's estimate (implied elements).
  Result<HtmlDocument> document = HtmlDocument::Parse(source, 2 * kMaxHtmlNesting);
  if (!document.ok()) {
    return Error{document.error().code, info.source_path + ": " + document.error().message};
  }
  const GumboNode* html = document->root();
  const GumboNode* body = FindFirst(html, GUMBO_TAG_BODY, true);
  if (body == nullptr) body = html;

  PageMetadata page = ReadPageMetadata(html);
  ContentChoice choice = FindContent(body);
  if (page.title.empty()) {
    for (const GumboNode* root : choice.roots) {
      const GumboNode* h1 = FindFirst(root, GUMBO_TAG_H1, false);
      if (h1 != nullptr && page.title.empty()) page.title = TextOf(h1);
    }
  }
  if (page.author.empty() && choice.byline != nullptr) page.author = BylineText(choice.byline);
  SetIfStated(info.title, std::move(page.title));
  SetIfStated(info.author, std::move(page.author));
  SetIfStated(info.description, std::move(page.description));
  SetIfStated(info.date, std::move(page.date));
  SetIfStated(info.image, std::move(page.image));
  SetIfStated(info.url, std::move(page.url));
  SetIfStated(info.language, std::move(page.language));

  Article article;
  ListOutside(body, choice, article.skipped);
  const Footnotes footnotes = FindFootnotes(body);
  HtmlBlockWalker walker(info.language, info.title, choice.dropped, footnotes, info.footnotes,
                         article.skipped);
  for (const GumboNode* root : choice.roots) walker.Walk(root);
  article.sections = walker.Finish();
  std::stable_sort(article.skipped.begin(), article.skipped.end(),
                   [](const SkippedContent& a, const SkippedContent& b) {
                     return a.source_line < b.source_line;
                   });
  article.warnings = std::move(warnings);
  ReadHeadingsAsText(article, info.source_path);
  article.info = std::move(info);
  return article;
}

}  // namespace spoken
