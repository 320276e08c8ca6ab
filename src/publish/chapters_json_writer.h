// Podcasting 2.0 JSON chapters (version 1.2.0).
#pragma once

#include <ostream>
#include <string>

#include "audio/edition.h"

namespace spoken {

/// `podcast_name` is the feed's title. Times are seconds with millisecond precision.
void WriteChaptersJson(const Edition& edition, const std::string& podcast_name, std::ostream& out);

}  // namespace spoken
