// output/index.html: every edition with its player, for listeners and reviewers.
#pragma once

#include <ostream>
#include <vector>

#include "publish/manifest.h"
#include "publish/site.h"

namespace spoken {

/// Where one page of the index stands among the others (pages count from 1).
struct IndexPage {
  size_t number = 1;
  size_t count = 1;
};

/// The file of index page `number`: "index.html" for the first, "page-N.html" after.
std::string IndexPageFile(size_t number);

/// An accessible list of editions, newest first: one h2 per edition linking its transcript
/// page, the labelled reading, duration, a player that loads nothing until asked
/// (preload="none"), and download and feed links. `editions` are the page's own; when
/// there is more than one page, the title says which, <link rel="prev"/"next"> in the head
/// and a labelled navigation landmark after the list lead to the neighbouring pages.
void WriteSiteIndex(const SiteInfo& site, std::vector<EditionSummary> editions, std::ostream& out,
                    const IndexPage& page = {});

}  // namespace spoken
