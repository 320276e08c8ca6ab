// The EPUB's pronunciation glossary: the transcript page's glossary as its own document.
#pragma once

#include <ostream>

#include "audio/edition.h"

namespace spoken {

/// Writes EPUB/glossary.xhtml: the article's title as h1, then a <section epub:type="glossary"
/// role="doc-glossary"> with WriteGlossaryHtml's list (entries "term-..." that the article links
/// to). The package puts it in the spine as non-linear: it is not narrated, and the reading order
/// is the article's. Call only when the edition has pronunciations.
void WriteEpubGlossary(const Edition& edition, std::ostream& out);

}  // namespace spoken
