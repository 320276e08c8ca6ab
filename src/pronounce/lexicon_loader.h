// Which lexicons apply to an article, loaded in priority order.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "document/article.h"
#include "pronounce/lexicon.h"
#include "pronounce/lexicon_set.h"

namespace spoken {

/// The bundled lexicon for `language`: `lexicons_dir`/<primary subtag>.pls, e.g.
/// voices/lexicons/en.pls for en-US. Empty when there is no such file.
std::string BundledLexiconPath(const std::string& lexicons_dir, const std::string& language);

/// Loads the bundled lexicon of `info.language` (if any), those of `passage_languages`
/// (document/article.h PassageLanguages; each primary language once), then `info.lexicons`
/// in the order the front matter names them (the reader has resolved them beside the
/// article), and builds the set for `voice_language` (LexiconSet::Build: a lexicon in
/// another language is converted for its own); later lexicons win. Fails with kConfig
/// ("PATH:LINE: ...") on a malformed lexicon and kNotFound on a missing one. Lines about
/// approximated IPA symbols are appended to `warnings` (may be null), once per entry.
Result<LexiconSet> LoadArticleLexicons(const ArticleInfo& info, const std::string& lexicons_dir,
                                       const std::string& voice_language,
                                       std::vector<std::string>* warnings,
                                       const std::vector<std::string>& passage_languages = {});

}  // namespace spoken
