// The Markdown span syntax for a passage's language: [Zeitgeist]{lang=de}.
#pragma once

#include <string>
#include <vector>

#include "document/article.h"

namespace spoken {

/// Finds the spans `[TEXT]{lang=TAG}` in `block.text` (TAG: letters, digits and '-', at
/// most 35 characters; brackets in TEXT must pair up) and removes their markers, keeping
/// TEXT; links and note references move with the text. A span that is the whole block (a
/// paragraph-level passage) gives the block its language; any other becomes one of
/// `block.passages`, read in TAG's voice and rules and marked with `lang`. Spans may nest:
/// the innermost one's language holds for its text. Other brackets are left alone.
/// Returns one message per marker that looks like a span but is not one (an empty or
/// malformed TAG, a "]{lang=" with no '[' before it), which is left as written; the message
/// quotes the marker and says why, for the reader to prefix with the file and line.
std::vector<std::string> ApplyLanguageSpans(Block& block);

}  // namespace spoken
