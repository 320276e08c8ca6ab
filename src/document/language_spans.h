// The Markdown span syntax for a passage's language: [Zeitgeist]{lang=de}.
#pragma once

#include "document/article.h"

namespace spoken {

/// Finds the spans `[TEXT]{lang=TAG}` in `block.text` (TAG: letters, digits and '-', at
/// most 35 characters; TEXT without brackets) and removes their markers, keeping TEXT;
/// links and note references move with the text. When one span is the whole block
/// (a paragraph-level passage), the block's `language` becomes TAG, so it is read with that
/// language's voice and rules and marked with `lang`. A span inside other text is only
/// unmarked: it is read in the block's language. Other brackets are left alone.
void ApplyLanguageSpans(Block& block);

}  // namespace spoken
