// What every XHTML content document of the EPUB starts with.
#pragma once

#include <ostream>
#include <string>

namespace spoken {

/// Whether a content document links to the book's PLS lexicon.
enum class LexiconLink { kNone, kPls };

/// Writes the XML declaration, the doctype, <html> with the XHTML and OPS (epub:)
/// namespaces and `language` as lang and xml:lang (and dir="rtl" when it is written right
/// to left), and a <head> with `title` (escaped) and
/// the book's style sheet, and when `lexicon` is set a <link rel="pronunciation"> to the
/// book's PLS lexicon. The caller writes <body>...</body></html>.
void WriteXhtmlHead(const std::string& title, const std::string& language, std::ostream& out,
                    LexiconLink lexicon = LexiconLink::kNone);

}  // namespace spoken
