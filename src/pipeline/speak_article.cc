#include "pipeline/speak_article.h"

#include <filesystem>

#include "pronounce/aliasing_normalizer.h"
#include "pronounce/lexicon_loader.h"
#include "pronounce/planner.h"

namespace spoken {
Result<SpokenArticle> SpeakArticle(const Article& article, const BuildConfig& config,
                                   Announcement announcement, const PcmDestination& pcm,
                                   const RenderProgress& progress) {
  const ArticleInfo& info = article.info;
  auto voice = LoadVoiceProfile(config.voices_dir, info.voice);
  if (!voice.ok()) return voice.error();
  SpokenArticle out;
  const std::string lexicons_dir = (std::filesystem::path(config.voices_dir) / "lexicons").string();
  auto lexicons = LoadArticleLexicons(info, lexicons_dir, voice->language, &out.warnings);
  if (!lexicons.ok()) return lexicons.error();

  progress("normalizing", 0);
  const NormalizeOptions options{.locale = info.language, .citations = info.citations};
  auto plain_normalizer = SpokenFormNormalizer::Create(options);
  if (!plain_normalizer.ok()) return plain_normalizer.error();
  const AliasingNormalizer normalizer(std::move(plain_normalizer).value(), *lexicons,
                                      info.language);
  auto script = BuildScript(article, options, normalizer, announcement);
  if (!script.ok()) return script.error();
  out.plan = PlanSpeech(*script, *lexicons);
  out.script = std::move(script).value();

  auto engine = EspeakEngine::Create();
  if (!engine.ok()) return engine.error();
  if (Status status = (*engine)->SetVoice(*voice); !status.ok()) return status.error();
  if (Status status = pcm.start((*engine)->sample_rate_hz()); !status.ok()) return status.error();
  auto timeline =
      SynthesizeTo(out.plan, *voice, **engine, pcm.write, [&](size_t done, size_t total) {
        progress("synthesizing", static_cast<double>(done) / static_cast<double>(total));
      });
  if (!timeline.ok()) return timeline.error();
  out.timeline = std::move(timeline).value();
  return out;
}

}  // namespace spoken
