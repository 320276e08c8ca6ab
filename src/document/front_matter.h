// Front matter: the YAML block between `---` lines at the top of a Markdown article.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "document/article.h"

namespace spoken {

/// A source split into its front matter and its body. Views into the source passed to
/// SplitFrontMatter, which must outlive this.
struct FrontMatterSplit {
  bool present = false;      // the source starts with a `---` line
  std::string_view yaml;     // between the fences (empty when absent)
  std::string_view body;     // everything after the closing fence (all of it when absent)
  int body_line_offset = 0;  // add to a 1-based line of `body` to get the line in the file
};

/// Splits `source` (UTF-8, an optional BOM skipped). Front matter is present when the first
/// line is `---`; it ends at the next line that is `---` or `...`. Fails with kInvalidInput
/// "PATH:1: ..." when the closing fence is missing.
Result<FrontMatterSplit> SplitFrontMatter(std::string_view source, const std::string& path);

/// Parses `yaml` and overwrites the fields of `info` it sets: title, author, date
/// (YYYY-MM-DD, checked), language (BCP 47, checked), description, url, voice, citations
/// (read | brief | skip), lexicons (a list of paths, or one path, resolved against the
/// folder of `path`; replaces the defaults' list). Empty values and unknown keys are
/// ignored. `title_set` tells whether the front matter named a title. Fails with
/// kInvalidInput "PATH:LINE: ..." (LINE in the file) on bad YAML, a front matter that is
/// not a mapping, a value of the wrong shape, or a value that fails its check.
/// yaml-cpp exceptions are caught here and never leave this function.
Status ApplyFrontMatter(std::string_view yaml, const std::string& path, ArticleInfo& info,
                        bool& title_set);

}  // namespace spoken
