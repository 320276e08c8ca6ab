// The podcast feed: RSS 2.0 with the itunes and podcast namespaces (standards §1).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "publish/manifest.h"
#include "publish/site.h"

namespace spoken {

/// The feed's own URL: base_url + "feed.xml".
std::string FeedUrl(const SiteInfo& site);

/// podcast:guid: the configured one, else UUIDv5 of the feed URL without its scheme and
/// trailing slashes (namespace ead4c236-bf58-58c6-a2c6-a6b28d128cb6).
std::string PodcastGuid(const SiteInfo& site);

/// RFC 2822 date with the right weekday for an ISO date ("2026-11-20" ->
/// "Fri, 20 Nov 2026 00:00:00 GMT"); "" when `iso_date` is not a valid date.
std::string Rfc2822Date(const std::string& iso_date);

/// One <item> per edition, newest first (then by slug), each with enclosure, a guid that
/// never changes (UUIDv5 of the slug in the feed's namespace), duration in whole seconds,
/// transcripts (WebVTT captions, HTML, plain text) and JSON chapters.
void WriteFeed(const SiteInfo& site, std::vector<EditionSummary> editions, std::ostream& out);

}  // namespace spoken
