// output/index.html: every edition with its player, for listeners and reviewers.
#pragma once

#include <ostream>
#include <vector>

#include "publish/manifest.h"
#include "publish/site.h"

namespace spoken {

/// An accessible list of editions, newest first: one h2 per edition linking its transcript
/// page, the labelled reading, duration, a player that loads nothing until asked
/// (preload="none"), and download and feed links.
void WriteSiteIndex(const SiteInfo& site, std::vector<EditionSummary> editions, std::ostream& out);

}  // namespace spoken
