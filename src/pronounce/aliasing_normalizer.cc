#include "pronounce/aliasing_normalizer.h"

#include <algorithm>

#include "pronounce/alias.h"

namespace spoken {

AliasingNormalizer::AliasingNormalizer(std::unique_ptr<SpokenFormNormalizer> inner,
                                       const LexiconSet& lexicons, std::string language)
    : inner_(std::move(inner)), lexicons_(lexicons), language_(std::move(language)) {}

SpokenText AliasingNormalizer::Normalize(std::string_view display) const {
  const AliasedText aliased = ApplyAliases(display, lexicons_, language_);
  if (aliased.replaced == 0) return inner_->Normalize(display);
  SpokenText normalized = inner_->Normalize(aliased.text);
  SpokenText out{.spoken = std::move(normalized.spoken),
                 .map = ComposeOffsetMaps(normalized.map, aliased.map)};
  // Alias rewrites, then the inner ones moved into display offsets, in display order.
  for (const LexiconMatch& match :
       lexicons_.FindAll(display, PronunciationKind::kAlias, language_)) {
    out.rewrites.push_back({match.begin, match.end, match.entry->alias, "alias"});
  }
  for (Rewrite rewrite : normalized.rewrites) {
    const auto [begin, end] = aliased.map.ToDisplay(rewrite.display_begin, rewrite.display_end);
    rewrite.display_begin = begin;
    rewrite.display_end = end;
    out.rewrites.push_back(std::move(rewrite));
  }
  std::stable_sort(
      out.rewrites.begin(), out.rewrites.end(),
      [](const Rewrite& a, const Rewrite& b) { return a.display_begin < b.display_begin; });
  return out;
}

}  // namespace spoken
