// A spoken-form normalizer that applies lexicon aliases first: the way aliases reach the
// normalize stage without text/ knowing about lexicons.
#pragma once

#include <memory>
#include <string>

#include "pronounce/lexicon_set.h"
#include "text/spoken_form.h"

namespace spoken {

/// Normalize(display) = ApplyAliases(display), then `inner`'s Normalize on the result, with
/// the offset maps composed so that the spoken text still maps to `display`, and the
/// rewrites of both (aliases as rule "alias") given in display offsets.
///
/// pipeline/ creates one per article and hands it to the normalize stage in place of the
/// plain normalizer:
///   auto plain = SpokenFormNormalizer::Create(options);
///   AliasingNormalizer normalizer(std::move(*plain), lexicons, info.language);
///   auto script = BuildScript(article, options, normalizer);   // overload taking a normalizer
/// `lexicons` must outlive this object. Not thread-safe, like the normalizer it wraps.
class AliasingNormalizer : public SpokenFormNormalizer {
 public:
  AliasingNormalizer(std::unique_ptr<SpokenFormNormalizer> inner, const LexiconSet& lexicons,
                     std::string language);

  SpokenText Normalize(std::string_view display) const override;

 private:
  std::unique_ptr<SpokenFormNormalizer> inner_;
  const LexiconSet& lexicons_;
  std::string language_;
};

}  // namespace spoken
