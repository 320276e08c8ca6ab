// Checks and helpers for article metadata shared by the readers (front matter, HTML head).
#pragma once

#include <string>
#include <string_view>

namespace spoken {

/// True for an ISO 8601 calendar date `YYYY-MM-DD` that exists (leap years counted).
bool IsIsoCalendarDate(std::string_view text);

/// True for a syntactically well-formed BCP 47 language tag: a 2-3 letter primary language
/// subtag (ISO 639) followed by `-`-separated subtags of 1-8 letters or digits
/// (`en`, `en-US`, `zh-Hant-TW`, `sr-Latn`, `es-419`). Registry membership is not checked;
/// private-use (`x-...`) and grandfathered (`i-...`) tags are refused.
bool IsBcp47Tag(std::string_view text);

/// `relative` resolved against the folder of `article_path` (an absolute `relative` is
/// kept), lexically normalised. No file system access.
std::string ResolveBesideArticle(const std::string& article_path, const std::string& relative);

/// `name` without leading and trailing ASCII whitespace.
std::string_view TrimAscii(std::string_view name);

}  // namespace spoken
