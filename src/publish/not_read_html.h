// The transcript page's "Not read aloud" section: what the reader left out of the source
// (page furniture, hidden or unsupported content) and the warnings about the source (its
// charset, bytes that were not UTF-8), so that a reader can see what the audio does not say.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "text/script.h"  // Article types (SkippedContent)

namespace spoken {

/// Writes nothing when both lists are empty. Otherwise
///   <section class="not-read" aria-labelledby="not-read"><h2 id="not-read">Not read
///   aloud</h2> <p>(how many parts were left out)</p>
///   <details><summary>The parts left out, with the reason</summary><ul> <li>REASON: WHAT,
///   line N: “EXCERPT”</li> ... </ul></details>
///   <p>Notes on the source:</p><ul><li>WARNING</li> ...</ul> </section>
/// Warnings lose their "SOURCE_PATH:" prefix ("PATH:12: ..." is shown as "Line 12: ...").
/// All text is HTML-escaped. `attributes` go on the <section>: its words are English on
/// every page, so on a page in another language they are EnglishMark's ` lang="en"`.
void WriteNotReadAloudHtml(const std::vector<SkippedContent>& skipped,
                           const std::vector<std::string>& warnings, const std::string& source_path,
                           std::ostream& out, std::string_view attributes = "");

}  // namespace spoken
