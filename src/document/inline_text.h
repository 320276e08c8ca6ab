// InlineText: builds one block's display text from the pieces a reader walks over (text
// runs, link starts and ends, image alt text, language changes), collapsing whitespace and
// keeping link and passage ranges right while it does. Shared by the Markdown, HTML and plain-text
// readers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document/article.h"

namespace spoken {

class InlineText {
 public:
  /// Appends UTF-8 text. Runs of ASCII whitespace (space, tab, CR, LF, FF, VT) become one
  /// space; whitespace at the start and end of the block is dropped. Other spaces (e.g.
  /// U+00A0) are kept: they are the author's. `from_image` marks image alt text, which
  /// counts toward HasOwnText() only when the block also has other text.
  void Append(std::string_view text, bool from_image = false);

  /// Opens a link at the next non-space character. Links do not nest: a second BeginLink
  /// before EndLink is ignored (the outer link wins), and so is an EndLink without a link.
  void BeginLink(std::string href);
  /// Closes the open link; a link that got no text is dropped.
  void EndLink();

  /// The language of the text appended from now on: a BCP 47 tag when it is not the block's
  /// own, "" (the start) when it is. Text in another language becomes a passage of the block.
  void SetLanguage(std::string language) { language_ = std::move(language); }

  /// Marks a reference to note `number` after the text appended so far.
  void AddNoteRef(int number);

  /// True when text other than image alt text has been appended.
  bool HasOwnText() const { return has_own_text_; }
  bool empty() const { return text_.empty(); }
  const std::string& text() const { return text_; }

  /// Moves the text, links, note references and passages into `block` (text trimmed, links
  /// sorted and inside the text) and leaves this builder empty, ready for the next block.
  /// Passages of one language with only spaces between them are one; a passage that is the
  /// whole text is no passage but `block.language`.
  void MoveInto(Block& block);

 private:
  std::string text_;
  std::vector<Link> links_;
  std::vector<NoteRef> note_refs_;
  std::vector<LanguageSpan> passages_;  // byte ranges of text_, in order
  std::string language_;                // of the text appended now; "" for the block's
  bool pending_space_ = false;          // whitespace seen after the last character written
  bool has_own_text_ = false;
  bool link_open_ = false;
  bool link_started_ = false;  // the open link has received its first character
  Link open_link_;
};

/// Collapses whitespace in `text` as InlineText::Append does and returns the result.
std::string CollapseWhitespace(std::string_view text);

}  // namespace spoken
