// The article inside the EPUB: one XHTML content document, the Media Overlay's text.
#pragma once

#include <ostream>

#include "audio/edition.h"
#include "publish/article_html.h"
#include "publish/epub_writer.h"

namespace spoken {

/// Writes EPUB/article.xhtml: the title as h1 (not narrated: the announcement says it),
/// then per section a <section id="section-N"> holding the announcement (the opening
/// sentence the audio starts with) as a paragraph, the heading as an h2, and the blocks as
/// WriteBodyBlocks writes them (paragraphs, lists, quotes, tables, figures, notes, with
/// epub:type and DPUB-ARIA roles) with lang and xml:lang on passages in another language. Every
/// sentence is a <span id="SENTENCE_ID">, the element its SMIL par points to; the first
/// use of each pronounced term links to its glossary entry. With EpubSync::kWord, every
/// word of EpubWords is a <span id="SENTENCE_ID-wN"> inside its sentence. Well-formed
/// XHTML5 (EPUB 3.3).
/// A figure whose image is one of `images` shows it (<img> with the image's alt text) above
/// its caption.
void WriteEpubArticleXhtml(const Edition& edition, EpubSync sync,
                           const std::vector<EpubImage>& images, std::ostream& out);

/// The words the EPUB marks in `sentence` of `block` (the index-th sentence in reading
/// order) when it syncs by word: DisplayWords, given the glossary links the article adds.
std::vector<DisplayWord> EpubWords(const Edition& edition, const ScriptBlock& block,
                                   const Sentence& sentence, size_t index);

/// The id of the `word`-th (from 0) of EpubWords: "s12-w3".
std::string EpubWordId(const Sentence& sentence, size_t word);

}  // namespace spoken
