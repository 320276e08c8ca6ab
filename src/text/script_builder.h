// normalize stage: Article -> Script.
#pragma once

#include <functional>
#include <string>

#include "core/result.h"
#include "document/article.h"
#include "text/script.h"
#include "text/spoken_form.h"

namespace spoken {

/// The opening line that labels the audio as a reading of the article (WCAG 1.2.1).
std::string AnnouncementText(const ArticleInfo& info);

/// Whether the script opens with AnnouncementText (every edition does; a snippet need not).
enum class Announcement { kInclude, kOmit };

/// The normalizer for a passage in `language` (a block's or an inline passage's `lang` whose
/// primary language is not the article's), or null to read it with the article's normalizer.
using PassageNormalizer = std::function<const SpokenFormNormalizer*(const std::string& language)>;

/// Splits every block of `article` into sentences (ICU rules of `options.locale`) and gives
/// each its spoken form through `normalizer`, or `passage`'s for a block in another language.
/// An inline passage (Block::passages) is normalized on its own by `passage`'s normalizer of
/// its language and becomes a SentencePassage of each sentence it falls in. The
/// first section starts with the announcement unless omitted; every section whose title the author
/// wrote starts with that title as a spoken heading. Sentence ids run s1, s2, ... . Fails with
/// kInvalidInput when the article has no text to read, kConfig when the article's language has no
/// sentence rules.
Result<Script> BuildScript(const Article& article, const NormalizeOptions& options,
                           const SpokenFormNormalizer& normalizer,
                           Announcement announcement = Announcement::kInclude,
                           const PassageNormalizer& passage = {});

/// As above with the plain normalizer for `options`.
Result<Script> BuildScript(const Article& article, const NormalizeOptions& options);

}  // namespace spoken
