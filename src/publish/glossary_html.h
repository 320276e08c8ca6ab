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

/// Writes nothing when `uses` is empty. Otherwise one
///   <section class="pronunciation" aria-labelledby="pronunciation">
///     <h2 id="pronunciation">Pronunciation</h2> <dl> ... </dl> </section>
/// with, per use in the given order, <dt id="term-..."><dfn>TERM</dfn></dt> and a <dd>:
/// "Say it: os-tee-oh-KAL-sin" (the hyphenated respelling is aria-hidden and a copy with
/// spaces is given to screen readers in a "visually-hidden" span, since hyphens are read
/// as "dash"), then the IPA in a span with lang="und-fonipa" (BCP 47 for IPA) so that a
/// screen reader does not read it as English; for an alias entry, "Read as: ALIAS".
/// The page's stylesheet must define .visually-hidden. All text is HTML-escaped.
struct GlossaryWords {
  std::string_view heading = "Pronunciation";  // the <h2>, in the page's language
  std::string heading_attributes;              // on the <h2>: its lang when not the page's
  std::string english_attributes;              // on the explanation and each <dd>, whose words are
                                   // English: ` lang="en"` on a page in another language
};
void WriteGlossaryHtml(const std::vector<PronunciationUse>& uses, std::ostream& out,
                       const GlossaryWords& words = {});

}  // namespace spoken
