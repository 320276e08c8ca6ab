// URLs that Spoken writes into pages and feeds: which may become links, and how a slug is
// spelled inside one.
#pragma once

#include <string>
#include <string_view>

namespace spoken {

/// True when `url` may be published as a link: its scheme is http, https or mailto (any
/// case), or it has no scheme (a relative reference such as "../" or "#s3"). Leading
/// spaces and control characters and embedded tabs and line breaks are ignored first, as
/// browsers ignore them, so "java\tscript:" and " javascript:" are refused too. False for
/// every other scheme (javascript:, data:, vbscript:, file:, ...).
bool IsAllowedLinkUrl(std::string_view url);

/// `segment` as one URL path segment: every byte other than the RFC 3986 unreserved
/// characters (A-Z a-z 0-9 - . _ ~) is percent-encoded, so "a#b?c d" -> "a%23b%3Fc%20d".
std::string PercentEncodePathSegment(std::string_view segment);

}  // namespace spoken
