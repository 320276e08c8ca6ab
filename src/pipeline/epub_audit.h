// spoken audit's check of the read-along book (SLUG.epub) against the manifest.
#pragma once

#include <string>

#include "pipeline/edition_audit.h"
#include "publish/manifest.h"

namespace spoken {

/// The "epub" check of OUT/SLUG: the book is a ZIP whose first entry is the mimetype; every
/// sentence of the manifest has a Media Overlay par (or, synced by word, pars for its words
/// inside the sentence's time) with the manifest's clip times, into the book's copy of the
/// edition's MP3 (the same size as the manifest's); every par points to an element of the
/// article's XHTML; and the declared media:duration is the audio's length, with the
/// overlays' durations adding up to it within a second (EPUB 3.3).
AuditCheck CheckEpub(const std::string& edition_dir, const EditionSummary& edition);

}  // namespace spoken
