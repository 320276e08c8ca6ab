#include "document/html_nesting.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <utility>
#include <vector>

#include "core/ascii.h"

namespace spoken {
namespace {

bool IsAnyOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::any_of(names.begin(), names.end(), [&](std::string_view candidate) {
    return EqualsIgnoringAsciiCase(name, candidate);
  });
}

bool IsVoid(std::string_view name) {
  return IsAnyOf(name, {"area",  "base",     "br",      "col",   "embed", "hr",      "img",
                        "input", "keygen",   "link",    "meta",  "param", "source",  "track",
                        "wbr",   "basefont", "bgsound", "frame", "image", "menuitem"});
}

// Elements whose content is text, not markup, up to their end tag.
bool IsRawText(std::string_view name) {
  return IsAnyOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                        "noframes", "noscript"});
}

// Start tags that close an open <p> (HTML's "close a p element" list).
bool ClosesParagraph(std::string_view name) {
  return IsAnyOf(
      name, {"address", "article", "aside",   "blockquote", "center",     "details", "dialog",
             "dir",     "div",     "dl",      "fieldset",   "figcaption", "figure",  "footer",
             "form",    "h1",      "h2",      "h3",         "h4",         "h5",      "h6",
             "header",  "hgroup",  "hr",      "main",       "menu",       "nav",     "ol",
             "p",       "pre",     "section", "summary",    "table",      "ul",      "listing"});
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The offset just past the first "</NAME" at or after `from` (any case), or the end.
size_t FindEndTag(std::string_view html, size_t from, std::string_view name) {
  for (size_t at = html.find("</", from); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    if (EqualsIgnoringAsciiCase(html.substr(at + 2, name.size()), name)) return at;
  }
  return html.size();
}

// The open elements as the scanner sees them, bounded by the depth; what lies below the
// bound is remembered by name only, to match its end tags.
class NestingScanner {
 public:
  NestingScanner(std::string_view html, int max_depth)
      : html_(html), capacity_(static_cast<size_t>(std::max(max_depth - 2, 1))) {}

  void Scan() {
    size_t pos = 0;
    while (pos < html_.size()) {
      const size_t lt = html_.find('<', pos);
      if (lt == std::string_view::npos) break;
      pos = Token(lt);
    }
  }

  // Byte ranges of the tags left out, in order, and their names.
  const std::vector<std::pair<size_t, size_t>>& dropped() const { return dropped_ranges_; }
  const std::map<std::string, size_t>& dropped_names() const { return dropped_names_; }
  const std::map<std::string, size_t>& dropped_formatting() const { return dropped_formatting_; }

 private:
  // Reads the markup at `lt` ('<'); returns the offset after it.
  size_t Token(size_t lt) {
    const std::string_view rest = html_.substr(lt);
    if (rest.starts_with("<!--")) return End(html_.find("-->", lt + 4), 3);
    if (rest.starts_with("<![CDATA[")) return End(html_.find("]]>", lt + 9), 3);
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) return End(html_.find('>', lt), 1);
    const bool closing = rest.size() > 1 && rest[1] == '/';
    const size_t name_begin = lt + 1 + (closing ? 1 : 0);
    if (name_begin >= html_.size() || !IsAsciiAlpha(html_[name_begin])) return lt + 1;
    size_t name_end = name_begin;
    while (name_end < html_.size() && !IsTagSpace(html_[name_end]) && html_[name_end] != '/' &&
           html_[name_end] != '>') {
      ++name_end;
    }
    const std::string_view name = html_.substr(name_begin, name_end - name_begin);
    const size_t tag_end = TagEnd(name_end);
    const bool self_closing = tag_end >= 2 && html_[tag_end - 2] == '/';
    if (closing) {
      EndTag(name, lt, tag_end);
      return tag_end;
    }
    if (IsRawText(name)) return FindEndTag(html_, tag_end, name);
    if (IsVoid(name) || (self_closing && open_count_[kSvg] + open_count_[kMath] > 0) ||
        IsAnyOf(name, {"html", "head", "body"})) {
      return tag_end;
    }
    StartTag(name, lt, tag_end);
    return tag_end;
  }

  size_t End(size_t found, size_t length) const {
    return found == std::string_view::npos ? html_.size() : found + length;
  }

  // The offset after the '>' that ends a tag whose name ends at `from`; a quoted attribute
  // value may hold '>'.
  size_t TagEnd(size_t from) const {
    char quote = 0;
    char previous = 0;
    for (size_t i = from; i < html_.size(); ++i) {
      const char c = html_[i];
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if ((c == '"' || c == '\'') && previous == '=') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
      if (!IsTagSpace(c)) previous = c;
    }
    return html_.size();
  }

  // The elements whose end HTML implies, and those that bound the search for them.
  enum Tag : uint8_t {
    kOther,
    kP,
    kLi,
    kDt,
    kDd,
    kTr,
    kTd,
    kTh,
    kTbody,
    kThead,
    kTfoot,
    kOption,
    kTable,
    kUl,
    kOl,
    kDl,
    kSelect,
    kButton,
    kCaption,
    kObject,
    kApplet,
    kMarquee,
    kTemplate,
    kSvg,
    kMath,
    kFormatting,  // b, i, em, strong ... (not a, nobr: a new one closes the old)
    kTagCount
  };
  using TagSet = uint32_t;
  static constexpr TagSet Set(std::initializer_list<Tag> tags) {
    TagSet set = 0;
    for (Tag tag : tags) set |= TagSet{1} << tag;
    return set;
  }

  static Tag TagOf(std::string_view name) {
    static constexpr std::pair<std::string_view, Tag> kNames[] = {{"p", kP},
                                                                  {"li", kLi},
                                                                  {"dt", kDt},
                                                                  {"dd", kDd},
                                                                  {"tr", kTr},
                                                                  {"td", kTd},
                                                                  {"th", kTh},
                                                                  {"tbody", kTbody},
                                                                  {"thead", kThead},
                                                                  {"tfoot", kTfoot},
                                                                  {"option", kOption},
                                                                  {"table", kTable},
                                                                  {"ul", kUl},
                                                                  {"ol", kOl},
                                                                  {"dl", kDl},
                                                                  {"select", kSelect},
                                                                  {"button", kButton},
                                                                  {"caption", kCaption},
                                                                  {"object", kObject},
                                                                  {"applet", kApplet},
                                                                  {"marquee", kMarquee},
                                                                  {"template", kTemplate},
                                                                  {"svg", kSvg},
                                                                  {"math", kMath}};
    for (const auto& [known, tag] : kNames) {
      if (EqualsIgnoringAsciiCase(name, known)) return tag;
    }
    return IsAnyOf(name, {"b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong",
                          "tt", "u"})
               ? kFormatting
               : kOther;
  }

  struct Open {
    std::string_view name;
    Tag tag;
    size_t dangling_before = 0;  // dangling_ when a marker element (cell, caption) opened
  };

  static bool IsMarker(Tag tag) {
    return ((Set({kTd, kTh, kCaption, kApplet, kObject, kMarquee, kTemplate}) >> tag) & 1) != 0;
  }

  void StartTag(std::string_view name, size_t begin, size_t end) {
    const Tag tag = TagOf(name);
    ImpliedEnds(name, tag);
    if (open_.size() >= capacity_) {
      below_.push_back(name);
      Drop(name, begin, end, dropped_names_);
      return;
    }
    // A formatting element left open when its block closed is reopened by the parser in
    // every later block (HTML's "reconstruct the active formatting elements"): each one
    // more multiplies the tree, quadratically. Bold and italics are not read: left out.
    if (tag == kFormatting && dangling_ >= kMaxDanglingFormatting) {
      Drop(name, begin, end, dropped_formatting_);
      return;
    }
    Push({name, tag, dangling_});
    // gumbo puts a <tbody> in every table that lacks one: count it.
    if (tag == kTable && open_.size() < capacity_) Push({"tbody", kTbody});
  }

  void EndTag(std::string_view name, size_t begin, size_t end) {
    // Match an element below the bound first: the most recent ones, as a browser would.
    const size_t look = std::min<size_t>(below_.size(), 8);
    for (size_t i = 0; i < look; ++i) {
      if (EqualsIgnoringAsciiCase(below_[below_.size() - 1 - i], name)) {
        below_.resize(below_.size() - 1 - i);
        Drop(name, begin, end, dropped_names_);
        return;
      }
    }
    const Tag tag = TagOf(name);
    const bool by_name = tag == kOther || tag == kFormatting;
    if (!by_name && open_count_[tag] == 0) return;
    for (size_t i = open_.size(); i-- > 0;) {
      if (open_[i].tag == tag && (!by_name || EqualsIgnoringAsciiCase(open_[i].name, name))) {
        while (open_.size() > i + 1) Pop(false);
        Pop(true);
        return;
      }
    }
    // The end tag of a formatting element left open earlier closes it for the parser too.
    if (tag == kFormatting && dangling_ > 0) --dangling_;
  }

  // The end tags HTML implies when an element starts: an open <p> before a block, the
  // previous item, row or cell.
  void ImpliedEnds(std::string_view name, Tag tag) {
    if (ClosesParagraph(name)) {
      PopThrough(kP, Set({kButton, kTable, kTd, kTh, kCaption, kObject, kApplet, kMarquee,
                          kTemplate, kSvg, kMath}));
    }
    if (tag == kLi) PopThrough(kLi, Set({kUl, kOl, kTable}));
    if (tag == kDt || tag == kDd) {
      PopThrough(kDt, Set({kDl, kTable}));
      PopThrough(kDd, Set({kDl, kTable}));
    }
    if (tag == kTr || tag == kTbody || tag == kThead || tag == kTfoot) {
      PopThrough(kTr, Set({kTable}));
    }
    if (tag == kTbody || tag == kThead || tag == kTfoot) {
      for (Tag section : {kTbody, kThead, kTfoot}) PopThrough(section, Set({kTable}));
    }
    if (tag == kTd || tag == kTh || tag == kTr) {
      PopThrough(kTd, Set({kTr, kTable}));
      PopThrough(kTh, Set({kTr, kTable}));
    }
    if (tag == kOption) PopThrough(kOption, Set({kSelect}));
  }

  // Pops the open elements down to and including the nearest `tag`, unless one of
  // `boundaries` is nearer (then nothing is popped).
  void PopThrough(Tag tag, TagSet boundaries) {
    if (open_count_[tag] == 0) return;
    for (size_t i = open_.size(); i-- > 0;) {
      if (open_[i].tag == tag) {
        while (open_.size() > i) Pop(false);
        return;
      }
      if ((boundaries >> open_[i].tag) & 1) return;
    }
  }

  void Push(Open element) {
    open_.push_back(element);
    ++open_count_[element.tag];
  }

  // Pops the current element, closed by its own end tag or implied by another.
  void Pop(bool by_own_end_tag) {
    const Open& element = open_.back();
    if (element.tag == kFormatting && !by_own_end_tag) ++dangling_;
    // Closing a cell or caption clears the formatting opened inside it.
    if (IsMarker(element.tag)) dangling_ = element.dangling_before;
    --open_count_[element.tag];
    open_.pop_back();
  }

  void Drop(std::string_view name, size_t begin, size_t end, std::map<std::string, size_t>& names) {
    dropped_ranges_.emplace_back(begin, end);
    if (html_[begin + 1] != '/') ++names[AsciiLower(name)];
  }

  std::string_view html_;
  size_t capacity_;                             // open elements kept, below <html> and <body>
  std::vector<Open> open_;                      // the open elements kept
  std::array<size_t, kTagCount> open_count_{};  // how many of open_ have each tag
  std::vector<std::string_view> below_;         // names of the open elements left out
  std::vector<std::pair<size_t, size_t>> dropped_ranges_;
  std::map<std::string, size_t> dropped_names_;  // start tags left out below the bound
  size_t dangling_ = 0;  // formatting elements closed by another's end: the parser reopens them
  std::map<std::string, size_t> dropped_formatting_;  // start tags left out for dangling_
};

std::string Summary(const std::map<std::string, size_t>& names) {
  std::vector<std::pair<std::string, size_t>> sorted(names.begin(), names.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string summary;
  for (size_t i = 0; i < sorted.size() && i < 3; ++i) {
    if (!summary.empty()) summary += ", ";
    summary += sorted[i].first + " " + std::to_string(sorted[i].second);
  }
  if (sorted.size() > 3) summary += ", ...";
  return summary;
}

}  // namespace

std::optional<FlattenedHtml> BoundHtmlNesting(std::string_view html, int max_depth) {
  NestingScanner scanner(html, max_depth);
  scanner.Scan();
  const auto& dropped = scanner.dropped();
  if (dropped.empty()) return std::nullopt;

  FlattenedHtml flattened;
  flattened.html.reserve(html.size());
  size_t copied = 0;
  for (const auto& [begin, end] : dropped) {
    flattened.html.append(html.substr(copied, begin - copied));
    flattened.html.push_back(' ');
    const std::string_view tag = html.substr(begin, end - begin);
    flattened.html.append(static_cast<size_t>(std::count(tag.begin(), tag.end(), '\n')), '\n');
    copied = end;
  }
  flattened.html.append(html.substr(copied));
  for (const auto& [name, count] : scanner.dropped_names()) flattened.elements += count;
  for (const auto& [name, count] : scanner.dropped_formatting()) flattened.formatting += count;
  const size_t first = dropped.front().first;
  flattened.first_line =
      1 + static_cast<int>(std::count(html.begin(), html.begin() + static_cast<long>(first), '\n'));
  flattened.tag_summary = Summary(scanner.dropped_names());
  flattened.formatting_summary = Summary(scanner.dropped_formatting());
  return flattened;
}

}  // namespace spoken
