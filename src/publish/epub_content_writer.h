// The article inside the EPUB: one XHTML content document, the Media Overlay's text.
#pragma once

#include <ostream>

#include "audio/edition.h"
#include "publish/epub_writer.h"

namespace spoken {

/// Writes EPUB/article.xhtml: the title as h1 (not narrated: the announcement says it),
/// then per section a <section id="section-N"> holding the announcement (the opening
/// sentence the audio starts with) as a paragraph, the heading as an h2, and paragraphs,
/// lists and quotes with lang and xml:lang on passages in another language. Every
/// sentence is a <span id="SENTENCE_ID">, the element its SMIL par points to; the first
/// use of each pronounced term links to its glossary entry. Well-formed XHTML5 (EPUB 3.3).
void WriteEpubArticleXhtml(const Edition& edition, std::ostream& out);

}  // namespace spoken
