// The build key: a digest of everything one edition is made from, so that an unchanged
// article is not rendered again (pipeline/render_article.h).
#pragma once

#include <string>

#include "document/article.h"
#include "pipeline/config.h"

namespace spoken {

/// SHA-256 (hex) of spoken's version, the article's source digest, and the path and
/// content of each file the edition depends on: the configuration file (without its
/// `publish:` section, which only the site files read), the voice profile
/// (`voices_dir`/VOICE.yaml), the bundled lexicon of the article's language and the
/// lexicons its front matter names, and the figures' pictures the EPUB may carry
/// (figure_images.h). A file that does not exist counts as empty. Equal
/// keys mean equal output (builds are deterministic); file times play no part.
std::string BuildKey(const Article& article, const BuildConfig& config);

}  // namespace spoken
