// The transcript page's "Pronunciation" glossary: every term whose pronunciation hint took
// effect, with its IPA and a plain respelling, for readers and screen-reader users.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pronounce/speech_plan.h"

namespace spoken {

/// The fragment id of a term's glossary entry: "term-" + the term folded to ASCII
/// lowercase letters and digits, other runs of characters becoming one '-' ("Xi'an" ->
/// "term-xi-an", "Pengpeng Li" -> "term-pengpeng-li"). The transcript writer links the
/// first occurrence of each term (PronunciationUse::occurrences[0]) to "#" + this id.
std::string GlossaryId(std::string_view term);

/// The glossary's own words: PageWords' fields (GlossaryWordsOf in page_words.h).
struct GlossaryWords {
  std::string_view heading;      // the <h2>: "Pronunciation"
  std::string_view explanation;  // "How the audio edition says these terms. ..."
  std::string_view say_it;       // "Say it: "
  std::string_view read_as;      // "Read as: "
  std::string_view ipa;          // "IPA: "
  /// On the <h2>, the explanation and each <dd>: PageText::mark, ` lang="en"` when the
  /// words are English on a page in another language.
  std::string attributes;
};

/// Writes nothing when `uses` is empty. Otherwise one
///   <section class="pronunciation" aria-labelledby="pronunciation">
///     <h2 id="pronunciation">Pronunciation</h2> <dl> ... </dl> </section>
/// with, per use in the given order, <dt id="term-..."><dfn>TERM</dfn></dt> and a <dd>:
/// "Say it: os-tee-oh-KAL-sin" (the hyphenated respelling is aria-hidden and a copy with
/// spaces is given to screen readers in a "visually-hidden" span, since hyphens are read
/// as "dash"), then the IPA in a span with lang="und-fonipa" (BCP 47 for IPA) so that a
/// screen reader does not read it as English; for an alias entry, "Read as: ALIAS".
/// The page's stylesheet must define .visually-hidden. All text is HTML-escaped; `words`
/// are written as they are.
void WriteGlossaryHtml(const std::vector<PronunciationUse>& uses, std::ostream& out,
                       const GlossaryWords& words);

}  // namespace spoken
