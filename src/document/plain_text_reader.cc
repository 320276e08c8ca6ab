#include "document/plain_text_reader.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "document/inline_text.h"
#include "document/plain_text_lines.h"
#include "document/section_builder.h"

namespace spoken {
namespace {

// A body paragraph is sentence-like and at least this long (words); it ends the header.
constexpr int kMinBodyWords = 8;
// Trailing one-line paragraphs up to this many words may be page furniture (rule 2e)...
constexpr int kMaxTrailingWords = 8;
// ... and sentence-like ones up to this many words, when furniture follows them.
constexpr int kMaxTrailingSentenceWords = 4;
// A repeated early line needs this many words to be taken for the title.
constexpr int kMinRepeatedTitleWords = 3;

enum class UnitKind { kParagraph, kListItem, kQuote, kHeading };

// A piece of the article after furniture is gone: one future block or heading.
struct Unit {
  UnitKind kind = UnitKind::kParagraph;
  std::vector<std::string> lines;
  int line_number = 0;
  bool ordered = false;      // list items: numbered
  bool new_list = false;     // list items: first of its list
  bool single_line = false;  // the paragraph it came from had one line
};

// A line that could be a headline: not a list item, no lowercase start, not ending like a
// sentence or clause (a question mark is fine), at most 30 words.
bool IsTitleShaped(std::string_view line) {
  if (line.empty() || FindListMarker(line).found || WordCount(line) > 30) return false;
  if (line.front() == '>' || IsAttributedQuote(line)) return false;
  if (line.front() >= 'a' && line.front() <= 'z') return false;
  for (char end : {'.', ',', ';', ':'}) {
    if (line.back() == end) return false;
  }
  return true;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) {
    if (!text.empty()) text.push_back(' ');
    text += line;
  }
  return CollapseWhitespace(text);
}

// Appends `text`, turning http(s) URLs into links.
void AppendWithUrls(InlineText& out, std::string_view text) {
  while (!text.empty()) {
    size_t at = std::min(text.find("http://"), text.find("https://"));
    if (at == std::string_view::npos) break;
    size_t end = text.find_first_of(" \t", at);
    if (end == std::string_view::npos) end = text.size();
    while (end > at &&
           std::string_view(".,;:!?)]'\"").find(text[end - 1]) != std::string_view::npos) {
      --end;
    }
    out.Append(text.substr(0, at));
    out.BeginLink(std::string(text.substr(at, end - at)));
    out.Append(text.substr(at, end - at));
    out.EndLink();
    text.remove_prefix(end);
  }
  out.Append(text);
}

class PlainTextLayout {
 public:
  explicit PlainTextLayout(std::string_view source) : lines_(SplitLines(source)) {
    std::vector<size_t> paragraph;
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (!lines_[i].text.empty()) {
        paragraph.push_back(i);
        ++counts_[lines_[i].text];
      } else if (!paragraph.empty()) {
        paragraphs_.push_back(std::exchange(paragraph, {}));
      }
    }
    if (!paragraph.empty()) paragraphs_.push_back(std::move(paragraph));
    dropped_.assign(lines_.size(), false);
  }

  std::optional<std::string> FindTitle();
  void DropFurniture();
  std::vector<Unit> Units() const;

 private:
  const std::string& Text(size_t line) const { return lines_[line].text; }
  bool IsBodyParagraph(const std::vector<size_t>& paragraph) const;

  std::vector<TextLine> lines_;
  std::vector<std::vector<size_t>> paragraphs_;  // indices into lines_
  std::map<std::string, int> counts_;            // occurrences of each non-blank line
  std::vector<bool> dropped_;
  size_t title_line_ = SIZE_MAX;
};

bool PlainTextLayout::IsBodyParagraph(const std::vector<size_t>& paragraph) const {
  std::vector<std::string> texts;
  for (size_t line : paragraph) texts.push_back(Text(line));
  const std::string joined = Joined(texts);
  return IsSentenceLike(joined) && WordCount(joined) >= kMinBodyWords;
}

std::optional<std::string> PlainTextLayout::FindTitle() {
  std::vector<size_t> early;
  for (const std::vector<size_t>& paragraph : paragraphs_) {
    if (IsBodyParagraph(paragraph)) break;
    for (size_t line : paragraph) {
      if (IsTitleShaped(Text(line))) early.push_back(line);
    }
  }
  auto longest = [&](auto accept) {
    size_t best = SIZE_MAX;
    for (size_t line : early) {
      if (accept(line) && (best == SIZE_MAX || Text(line).size() > Text(best).size())) {
        best = line;
      }
    }
    return best;
  };
  size_t title = longest([&](size_t candidate) {
    for (const TextLine& line : lines_) {
      if (!SiteNameBesideTitle(line.text, Text(candidate)).empty()) return true;
    }
    return false;
  });
  if (title == SIZE_MAX) {
    // One- and two-word repeats are labels ("Advertisement", "Read more"), not headlines.
    title = longest([&](size_t line) {
      return counts_[Text(line)] > 1 && WordCount(Text(line)) >= kMinRepeatedTitleWords;
    });
  }
  if (title == SIZE_MAX) title = longest([](size_t) { return true; });
  if (title == SIZE_MAX) return std::nullopt;
  title_line_ = title;
  for (size_t line : early) {
    if (Text(line) == Text(title)) {
      title_line_ = line;  // the first occurrence
      break;
    }
  }
  return Text(title);
}

void PlainTextLayout::DropFurniture() {
  const std::string title = title_line_ == SIZE_MAX ? std::string() : Text(title_line_);
  std::string site;
  for (const TextLine& line : lines_) {
    if (std::string_view tail = SiteNameBesideTitle(line.text, title); !tail.empty()) {
      site = tail;
    }
  }
  std::map<std::string, bool> seen;
  for (const std::vector<size_t>& paragraph : paragraphs_) {
    bool embedded_furniture = false;
    for (size_t line : paragraph) {
      const std::string& text = Text(line);
      const bool repeated = counts_[text] > 1;
      bool drop = line != title_line_ &&
                  (text == title || text == site || !SiteNameBesideTitle(text, title).empty() ||
                   (repeated && (!IsSentenceLike(text) || seen[text])));
      embedded_furniture = embedded_furniture || drop;
      if (title_line_ != SIZE_MAX && line < title_line_ && !IsSentenceLike(text)) drop = true;
      dropped_[line] = drop || line == title_line_;
      seen[text] = true;
    }
    if (!embedded_furniture) continue;
    for (size_t line : paragraph) {
      if (!IsSentenceLike(Text(line)) && !FindListMarker(Text(line)).found) {
        dropped_[line] = true;
      }
    }
  }
}

std::vector<Unit> PlainTextLayout::Units() const {
  std::vector<Unit> units;
  for (const std::vector<size_t>& paragraph : paragraphs_) {
    std::vector<size_t> kept;
    for (size_t line : paragraph) {
      if (!dropped_[line]) kept.push_back(line);
    }
    if (kept.empty()) continue;
    bool all_quoted = true;
    for (size_t line : kept) all_quoted = all_quoted && Text(line).starts_with(">");
    if (all_quoted) {
      Unit quote{.kind = UnitKind::kQuote, .line_number = lines_[kept[0]].number};
      for (size_t line : kept) quote.lines.push_back(Text(line).substr(1));
      units.push_back(std::move(quote));
      continue;
    }
    const bool previous_was_item = !units.empty() && units.back().kind == UnitKind::kListItem;
    Unit* current = nullptr;
    for (size_t line : kept) {
      const ListMarker marker = FindListMarker(Text(line));
      if (marker.found) {
        units.push_back(Unit{.kind = UnitKind::kListItem,
                             .lines = {Text(line).substr(marker.text_begin)},
                             .line_number = lines_[line].number,
                             .ordered = marker.ordered,
                             .new_list = units.empty() ||
                                         units.back().kind != UnitKind::kListItem ||
                                         units.back().ordered != marker.ordered ||
                                         (current == nullptr && !previous_was_item)});
      } else if (current != nullptr) {
        current->lines.push_back(Text(line));
        continue;
      } else {
        units.push_back(Unit{.lines = {Text(line)}, .line_number = lines_[line].number});
      }
      current = &units.back();
    }
    if (units.back().kind == UnitKind::kParagraph) {
      Unit& last = units.back();
      last.single_line = paragraph.size() == 1;
      if (IsAttributedQuote(Joined(last.lines))) last.kind = UnitKind::kQuote;
    }
  }
  // Headings: a heading-shaped one-line paragraph followed by body text.
  for (size_t i = 0; i + 1 < units.size(); ++i) {
    Unit& unit = units[i];
    const Unit& next = units[i + 1];
    const bool body_follows =
        next.kind == UnitKind::kListItem || next.kind == UnitKind::kQuote ||
        (next.kind == UnitKind::kParagraph && IsSentenceLike(Joined(next.lines)));
    if (unit.kind == UnitKind::kParagraph && unit.single_line && body_follows &&
        IsHeadingShaped(unit.lines[0])) {
      unit.kind = UnitKind::kHeading;
    }
  }
  return units;
}

// Rule 2e: a trailing run of short one-line paragraphs (labels, or very short sentences
// such as "Help us improve.") with at least one label among them.
void DropTrailingFurniture(std::vector<Unit>& units) {
  size_t run_begin = units.size();
  bool has_non_sentence = false;
  while (run_begin > 0) {
    const Unit& unit = units[run_begin - 1];
    if (unit.kind != UnitKind::kParagraph || !unit.single_line) break;
    const int words = WordCount(unit.lines[0]);
    const bool sentence = IsSentenceLike(unit.lines[0]);
    if (sentence ? words > kMaxTrailingSentenceWords : words > kMaxTrailingWords) break;
    has_non_sentence = has_non_sentence || !sentence;
    --run_begin;
  }
  if (!has_non_sentence) return;
  units.resize(run_begin);
  while (!units.empty() && units.back().kind == UnitKind::kHeading) units.pop_back();
}

}  // namespace

Result<Article> ReadPlainText(std::string_view source, ArticleInfo info) {
  PlainTextLayout layout(source);
  if (std::optional<std::string> title = layout.FindTitle()) info.title = *title;
  layout.DropFurniture();
  std::vector<Unit> units = layout.Units();
  DropTrailingFurniture(units);

  SectionBuilder sections;
  int list_id = 0;
  for (const Unit& unit : units) {
    InlineText text;
    for (const std::string& line : unit.lines) {
      AppendWithUrls(text, line);
      text.Append(" ");
    }
    if (unit.kind == UnitKind::kHeading) {
      sections.StartSection(text.text(), unit.line_number);
      continue;
    }
    Block block{.source_line = unit.line_number};
    if (unit.kind == UnitKind::kListItem) {
      if (unit.new_list) ++list_id;
      block.kind = BlockKind::kListItem;
      block.list_id = list_id;
      block.ordered_list = unit.ordered;
    } else if (unit.kind == UnitKind::kQuote) {
      block.kind = BlockKind::kQuote;
    }
    text.MoveInto(block);
    sections.AddBlock(std::move(block));
  }
  Article article;
  article.sections = sections.Finish(info.title);
  article.info = std::move(info);
  return article;
}

}  // namespace spoken
