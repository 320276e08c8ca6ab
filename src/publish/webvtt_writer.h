// WebVTT writers: captions (one cue per sentence) and the chapters track.
#pragma once

#include <ostream>

#include "audio/edition.h"

namespace spoken {

/// One cue per sentence, id = sentence id, times from the timeline (rounded to the ms the
/// same way as every other writer), the display text escaped and wrapped at 65 characters.
void WriteCaptionsVtt(const Edition& edition, std::ostream& out);

/// One cue per section (kind="chapters"): plain-text titles, disjoint cues.
void WriteChaptersVtt(const Edition& edition, std::ostream& out);

}  // namespace spoken
