// The article's text as HTML, shared by the transcript page and the EPUB's XHTML: blocks
// (paragraphs, lists, quotes, tables, figures, notes) around sentences, and each sentence's text
// with its links. Everything written is well-formed XML as well as HTML.
#pragma once

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "pronounce/speech_plan.h"
#include "speech/timeline.h"
#include "text/script.h"

namespace spoken {

/// A link to add inside one sentence: byte range of its display text.
struct TextAnchor {
  size_t begin = 0, end = 0;
  std::string href;
};

/// The first use of each pronounced term, as an anchor to its glossary entry
/// (`glossary_href` + "#" + GlossaryId(term)), keyed by sentence id.
std::map<std::string, std::vector<TextAnchor>> GlossaryAnchors(
    const std::vector<PronunciationUse>& uses, const std::string& glossary_href);

/// One timed word as the reader sees it: byte range of the sentence's display text, and
/// when it is said (samples from the start of the edition).
struct DisplayWord {
  size_t begin = 0, end = 0;
  int64_t start_sample = 0, end_sample = 0;
};

/// The timed words of `sentence` (its `timing`) in display coordinates, each of which can
/// be one element inside the sentence's markup: words whose display ranges overlap (a
/// number read as several words) merged into one, empty ones left out, and those that
/// cross the edge of a link (the block's, or one of `extra`) or of an inline passage left out.
std::vector<DisplayWord> DisplayWords(const ScriptBlock& block, const Sentence& sentence,
                                      const SentenceTiming& timing,
                                      const std::vector<TextAnchor>& extra);

/// An element <span ATTRIBUTES> to put around bytes [begin, end) of a sentence's display.
struct WordSpan {
  size_t begin = 0, end = 0;
  std::string attributes;  // e.g. ` id="s3-w2"`, written as given
};

/// How the article is marked: HTML for the transcript page; XHTML in an EPUB takes both lang
/// and xml:lang on language changes, and epub:type (EPUB 3.3 structural semantics) beside
/// the DPUB-ARIA roles.
enum class LangMarkup { kHtml, kXhtml };

/// How a sentence's inline passages are marked: the markup, and the language around them
/// (the block's, else the article's), against which their direction is compared.
struct PassageMarkup {
  LangMarkup markup = LangMarkup::kHtml;
  std::string surrounding_language;
};

/// The sentence's display text, HTML-escaped, with the links of `block` that fall inside it
/// and those of `extra` that overlap none of them, as <a href> elements. Only the block's
/// links with a scheme (https:, mailto:, ...) are kept: a fragment or a relative path of
/// the source would point nowhere in what the writers make. `words` (from DisplayWords, so
/// nested with the links or apart from them) become spans inside the text. Each inline
/// passage (Sentence::passages) is a <span> with LangAttributes (WCAG 3.1.2) around its
/// text, outside the words and links it holds.
std::string SentenceInnerHtml(const ScriptBlock& block, const Sentence& sentence,
                              const std::vector<TextAnchor>& extra,
                              const std::vector<WordSpan>& words = {},
                              const PassageMarkup& passages = {});

/// ` dir="rtl"` when `language` (the article's, for the root <html>) is written right to
/// left (text/text_direction.h); "" otherwise, left to right being HTML's default.
std::string RootDirAttribute(const std::string& language);

/// ` lang="LANGUAGE"` (and ` xml:lang="LANGUAGE"`) for text in `language` inside text in
/// `surrounding_language`, with ` dir="rtl"` or ` dir="ltr"` when their directions differ;
/// "" when `language` is empty.
std::string LangAttributes(const std::string& language, const std::string& surrounding_language,
                           LangMarkup markup);

/// LangAttributes of a block in another language than the article's (`article_language`);
/// "" for a block in the article's language.
std::string LangAttributes(const ScriptBlock& block, const std::string& article_language,
                           LangMarkup markup);

/// The section's title as HTML: escaped, with its passages in other languages (those of its
/// spoken heading) as SentenceInnerHtml marks them, for headings and contents links.
std::string SectionTitleHtml(const ScriptSection& section, const std::string& article_language,
                             LangMarkup markup);

/// The attributes of the element around `section` that say what it is: ` role="doc-endnotes"`
/// (and ` epub:type="endnotes"`) when it holds the notes; "" otherwise.
std::string SectionSemantics(const ScriptSection& section, LangMarkup markup);

/// Writes the blocks of section `s` of `script` after its announcement and heading (left to
/// the caller), each holding its sentences as `sentence_html` renders them, separated by
/// spaces, in the structures of article_structures.h:
///   paragraphs, list items (<ul>/<ol> around each run of one list) and quotes;
///   a table as <table id> with the announcement as <caption> and one row per <tr>, each
///     row's text (read with its column headers) in one cell;
///   a figure as <figure id> with its announcement as <figcaption>;
///   notes as <li id="note-N"> of an <ol>; a note reference as <sup><a href="#note-N"
///     role="doc-noteref">N</a></sup> after the sentence whose text it follows.
/// With kXhtml, the table, figure, notes and references also carry epub:type. A figure whose
/// ScriptBlock::image is a key of `image_hrefs` shows it: <img src="HREF" alt="IMAGE_ALT"/>
/// before the caption.
void WriteBodyBlocks(
    const Script& script, size_t s, LangMarkup markup,
    const std::function<std::string(const ScriptBlock&, const Sentence&)>& sentence_html,
    std::ostream& out, const std::map<std::string, std::string>& image_hrefs = {});

}  // namespace spoken
