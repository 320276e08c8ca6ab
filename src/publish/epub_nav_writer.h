// The EPUB's navigation document.
#pragma once

#include <ostream>

#include "audio/edition.h"

namespace spoken {

/// Writes EPUB/nav.xhtml: <nav epub:type="toc" role="doc-toc"> listing every section of
/// the article (linking to article.xhtml#section-N) and, when there is one, the
/// pronunciation glossary; and a hidden <nav epub:type="landmarks"> pointing to the start
/// of the text (bodymatter) and the glossary.
void WriteEpubNav(const Edition& edition, std::ostream& out);

}  // namespace spoken
