// Plain-text transcript: the edition's words as read, for any reader or search engine.
#pragma once

#include <ostream>

#include "audio/edition.h"

namespace spoken {

/// UTF-8 text: the title, the announcement, then each section's heading and blocks;
/// list items start with "- ", quotes with "> ". Each section heading carries its start time.
void WriteTranscriptText(const Edition& edition, std::ostream& out);

}  // namespace spoken
