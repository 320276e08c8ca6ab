#include "document/page_rules.h"

#include <cctype>

namespace spoken {
namespace {

// The first word found gives the reason, so the specific words come first.
constexpr HintWord kFurnitureWords[] = {
    {"consent", "cookie or consent notice"},
    {"cookie", "cookie or consent notice"},
    {"gdpr", "cookie or consent notice"},
    {"-ad-", "advertisement"},
    {"ad-break", "advertisement"},
    {"ai2html", "graphic text (ai2html), read in the graphic's place"},
    {"agegate", "age check"},
    {"banner", "banner"},
    {"breadcrumb", "breadcrumb trail"},
    {"combx", "comment box"},
    {"comment", "comments"},
    {"community", "community links"},
    {"cover-wrap", "cover image"},
    {"disqus", "comments"},
    {"extra", "extras beside the article"},
    {"footer", "page footer"},
    {"header", "page header"},
    {"legends", "legends"},
    {"menu", "menu"},
    {"modal", "pop-up"},
    {"newsletter", "newsletter sign-up"},
    {"pager", "page links"},
    {"pagination", "page links"},
    {"popup", "pop-up"},
    {"pullquote", "pull quote (repeats the article's words)"},
    {"pull-quote", "pull quote (repeats the article's words)"},
    {"related", "related links"},
    {"remark", "comments"},
    {"replies", "comments"},
    {"rss", "feed links"},
    {"shoutbox", "chat"},
    {"sidebar", "sidebar"},
    {"skyscraper", "advertisement"},
    {"social", "social links"},
    {"sponsor", "sponsored content"},
    {"supplemental", "supplementary links"},
    {"yom-remote", "remote-control widget"},
};

constexpr HintWord kArticleWords[] = {
    {"and", "a compound name (\"header-and-body\") may name the content"},
    {"article", "names the article"},
    {"body", "names the body"},
    {"column", "a layout column may hold the article"},
    {"content", "names the content (\"content-sidebar\" is a layout of content)"},
    {"main", "names the main content"},
    {"mathjax", "formulas typeset by MathJax"},
    {"shadow", "a decorative wrapper of the content"},
};

constexpr HintWord kPositiveWords[] = {
    {"article", "names the article"}, {"blog", "a blog post"},      {"body", "names the body"},
    {"content", "names the content"}, {"entry", "a blog entry"},    {"h-entry", "microformat"},
    {"hentry", "microformat"},        {"main", "the main content"}, {"page", "the page's text"},
    {"pagination", "a long article"}, {"post", "a post"},           {"story", "a news story"},
    {"text", "names the text"},
};

constexpr HintWord kNegativeWords[] = {
    {"banner", "banner"},
    {"combx", "comment box"},
    {"com-", "comment"},
    {"comment", "comments"},
    {"contact", "contact details"},
    {"foot", "footer or footnote"},
    {"hidden", "hidden content"},
    {"masthead", "masthead"},
    {"media", "media box"},
    {"meta", "metadata line"},
    {"modal", "pop-up"},
    {"outbrain", "recommendations"},
    {"promo", "promotion"},
    {"related", "related links"},
    {"scroll", "scroller"},
    {"share", "share buttons"},
    {"shopping", "shopping"},
    {"shoutbox", "chat"},
    {"sidebar", "sidebar"},
    {"skyscraper", "advertisement"},
    {"sponsor", "sponsored content"},
    {"tags", "tag list"},
    {"tool", "toolbar"},
    {"widget", "widget"},
};

constexpr HintWord kFurnitureRoles[] = {
    {"alert", "alert"},
    {"alertdialog", "dialog"},
    {"banner", "page header"},
    {"complementary", "complementary content"},
    {"contentinfo", "page footer"},
    {"dialog", "dialog"},
    {"menu", "menu"},
    {"menubar", "menu"},
    {"navigation", "navigation"},
    {"search", "search form"},
};

constexpr HintWord kShareWords[] = {
    {"share", "share buttons"},
    {"sharedaddy", "share buttons"},
    {"subscribe", "subscription offer"},
};

constexpr HintWord kBylineWords[] = {
    {"byline", "byline"},    {"author", "author line"},          {"dateline", "dateline"},
    {"writtenby", "byline"}, {"p-author", "microformat author"},
};

}  // namespace

std::span<const HintWord> FurnitureWords() { return kFurnitureWords; }
std::span<const HintWord> ArticleWords() { return kArticleWords; }
std::span<const HintWord> PositiveWords() { return kPositiveWords; }
std::span<const HintWord> NegativeWords() { return kNegativeWords; }
std::span<const HintWord> FurnitureRoles() { return kFurnitureRoles; }
std::span<const HintWord> ShareWords() { return kShareWords; }
std::span<const HintWord> BylineWords() { return kBylineWords; }

const HintWord* FindHint(std::string_view class_and_id, std::span<const HintWord> words) {
  for (const HintWord& hint : words) {
    if (class_and_id.find(hint.word) != std::string_view::npos) return &hint;
  }
  return nullptr;
}

int TagScore(std::string_view tag) {
  if (tag == "div") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "address" || tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" ||
      tag == "li" || tag == "form") {
    return -3;
  }
  if ((tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') || tag == "th") {
    return -5;
  }
  return 0;
}

bool HasWholeWord(std::string_view hints, std::string_view word) {
  const auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t at = hints.find(word); at != std::string_view::npos; at = hints.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || !is_word(hints[at - 1])) && (end == hints.size() || !is_word(hints[end]))) {
      return true;
    }
  }
  return false;
}

}  // namespace spoken
