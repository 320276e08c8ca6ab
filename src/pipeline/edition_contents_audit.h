// The audit of an edition's files against its manifest: what each file says, not only that
// it is there. Used by edition_audit.h; each check names the file that disagrees.
#pragma once

#include <string>

#include "pipeline/edition_audit.h"
#include "publish/manifest.h"

namespace spoken {

/// "digests": every file of the edition (EditionFiles::All) has the SHA-256 the manifest
/// recorded when it was built; fails naming each file changed since, and when the manifest
/// records no digests (an edition built before they were recorded: rebuild it).
AuditCheck CheckDigests(const std::string& edition_dir, const EditionSummary& edition);

/// "coverage": every sentence has its caption cue, in order, with the manifest's times and
/// text (as the captions writer escapes it; line breaks read as spaces); every sentence
/// shown as a sentence has its place in the transcript page with the manifest's text.
AuditCheck CheckCoverage(const std::string& edition_dir, const EditionSummary& edition);

/// "text transcript": every sentence of the manifest appears in the .txt, in order.
AuditCheck CheckTranscriptText(const std::string& edition_dir, const EditionSummary& edition);

/// "chapters": the JSON chapters are the manifest's sections: same count, titles and times.
AuditCheck CheckChapters(const std::string& edition_dir, const EditionSummary& edition);

}  // namespace spoken
