// The articles of a site: the files in content/ that `spoken build` renders by default.
#pragma once

#include <string>
#include <vector>

namespace spoken {

/// Whether `path` has an article's extension (.md, .html, .htm, .txt).
bool IsArticlePath(const std::string& path);

/// The articles in `folder`, sorted: regular files (through a symlink too) with an article's
/// extension; a broken link or a symlink loop is not one, and does not stop the listing.
/// Empty when the folder is missing or cannot be listed.
std::vector<std::string> ContentArticles(const std::string& folder = "content");

}  // namespace spoken
