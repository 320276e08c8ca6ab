#include "pipeline/speak_article.h"

#include <algorithm>
#include <filesystem>

#include "pipeline/audio_limit.h"
#include "pipeline/voice_choice.h"
#include "pronounce/aliasing_normalizer.h"
#include "pronounce/lexicon_loader.h"
#include "pronounce/planner.h"

namespace spoken {
Result<SpokenArticle> SpeakArticle(const Article& article, const BuildConfig& config,
                                   Announcement announcement, int synthesis_workers,
                                   const PcmDestination& pcm, const RenderProgress& progress) {
  const ArticleInfo& info = article.info;
  auto voice = ChooseVoice(config.voices_dir, info.voice, info.language, info.source_path);
  if (!voice.ok()) return voice.error();
  SpokenArticle out;
  const std::string lexicons_dir = (std::filesystem::path(config.voices_dir) / "lexicons").string();
  auto lexicons = LoadArticleLexicons(info, lexicons_dir, voice->language, &out.warnings);
  if (!lexicons.ok()) return lexicons.error();

  progress("normalizing", 0);
  // The article's tag when it names a region ("en-GB" conventions); else the voice's
  // ("es" read by voices/es.yaml, es-ES).
  const std::string locale =
      info.language.find_first_of("-_") != std::string::npos ? info.language : voice->language;
  if (auto level = RuleLevelOf(locale); level.ok() && *level != RuleLevel::kFull) {
    out.warnings.push_back(info.source_path + ": language " + locale + " has " +
                           RuleLevelName(*level) +
                           " spoken-form rules: numbers, dates and years from ICU; times, "
                           "money, units and abbreviations are left to eSpeak NG");
  }
  const NormalizeOptions options{.locale = locale, .citations = info.citations};
  auto plain_normalizer = SpokenFormNormalizer::Create(options);
  if (!plain_normalizer.ok()) {
    return Error{plain_normalizer.error().code,
                 info.source_path + ": " + plain_normalizer.error().message};
  }
  const AliasingNormalizer normalizer(std::move(plain_normalizer).value(), *lexicons,
                                      info.language);
  auto script = BuildScript(article, options, normalizer, announcement);
  if (!script.ok()) return script.error();
  script->info.voice = voice->name;  // the manifest names the voice that read the article
  out.plan = PlanSpeech(*script, *lexicons);
  for (const Utterance& utterance : out.plan.utterances) {
    if (utterance.engine_changes == 0) continue;
    const Sentence& sentence = script->sections[utterance.section_index]
                                   .blocks[utterance.block_index]
                                   .sentences[utterance.sentence_index];
    out.warnings.push_back(info.source_path + ": sentence " + sentence.id + ": " +
                           std::to_string(utterance.engine_changes) +
                           " changes to what eSpeak NG is given (characters it does not know "
                           "dropped, long words or repeats broken)");
  }
  out.script = std::move(script).value();
  if (Status status = CheckAudioLimit(info.source_path, EstimateAudioMs(out.script, *voice),
                                      config.max_audio_minutes, "its text would make about");
      !status.ok()) {
    return status.error();
  }

  const SynthesisProgress synthesized = [&](size_t done, size_t total) {
    progress("synthesizing", static_cast<double>(done) / static_cast<double>(total));
  };
  auto timeline = SynthesizeInWorkers(out.plan, *voice, synthesis_workers, pcm, synthesized);
  if (!timeline.ok()) return timeline.error();
  out.timeline = std::move(timeline).value();
  const int64_t made_ms =
      out.timeline.total_samples * 1000 / std::max(out.timeline.sample_rate_hz, 1);
  if (Status status =
          CheckAudioLimit(info.source_path, made_ms, config.max_audio_minutes, "synthesis made");
      !status.ok()) {
    return status.error();
  }
  return out;
}

}  // namespace spoken
