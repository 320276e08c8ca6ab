#include "pipeline/speak_article.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>

#include "pipeline/audio_limit.h"
#include "pipeline/voice_choice.h"
#include "pronounce/aliasing_normalizer.h"
#include "pronounce/lexicon_loader.h"
#include "pronounce/planner.h"

namespace spoken {
namespace {

// The tag a text in `language` read by `voice` is normalized in: the text's own when it
// names a region ("en-GB" conventions), else the voice's ("es" read by voices/es.yaml, es-ES).
std::string NormalizationLocale(const std::string& language, const VoiceProfile& voice) {
  return language.find_first_of("-_") != std::string::npos ? language : voice.language;
}

// "SUBJECT has generic (or typography only) spoken-form rules: ..." when text in `locale`
// has no hand-written rules (the README's levels), "" when it has.
std::string RulesWarning(const std::string& subject, const std::string& locale) {
  const auto level = RuleLevelOf(locale);
  if (!level.ok() || *level == RuleLevel::kFull) return "";
  return subject + " has " + RuleLevelName(*level) +
         (*level == RuleLevel::kGeneric
              ? " spoken-form rules: numbers, dates and years from ICU; times, money, units and "
                "abbreviations are left to eSpeak NG"
              : " spoken-form rules: ICU has no number words eSpeak NG reads for it; numbers, "
                "dates, times, money, units and abbreviations are left to eSpeak NG");
}

// The voices and normalizers of the passages in other languages, each made the first time a
// block in its language is normalized. A language with no voice or rules is read as the
// article (with a warning).
class Passages {
 public:
  Passages(const ArticleInfo& info, const BuildConfig& config, const LexiconSet& lexicons,
           EditionVoices& voices, std::vector<std::string>& warnings)
      : info_(info), config_(config), lexicons_(lexicons), voices_(voices), warnings_(warnings) {}

  const SpokenFormNormalizer* NormalizerFor(const std::string& language) {
    const auto found = normalizers_.find(language);
    if (found != normalizers_.end()) return found->second.get();
    std::unique_ptr<SpokenFormNormalizer>& made = normalizers_[language];
    auto voice = ChooseVoice(config_.voices_dir, info_.voice, language, info_.source_path);
    if (!voice.ok()) {
      warnings_.push_back(info_.source_path + ": the passage in " + language +
                          " is read with the article's voice: eSpeak NG has no voice for it");
      return nullptr;
    }
    const std::string locale = NormalizationLocale(language, *voice);
    if (std::string warning = RulesWarning(
            info_.source_path + ": the passage in " + language + ": language " + locale, locale);
        !warning.empty()) {
      warnings_.push_back(std::move(warning));
    }
    auto plain = SpokenFormNormalizer::Create({.locale = locale, .citations = info_.citations});
    if (!plain.ok()) {
      warnings_.push_back(info_.source_path + ": the passage in " + language +
                          " is read with the article's rules: " + plain.error().message);
    } else {
      made = std::make_unique<AliasingNormalizer>(std::move(plain).value(), lexicons_, language);
    }
    if (voice->name != voices_.main.name) voices_.passages[language] = std::move(voice).value();
    return made.get();
  }

 private:
  const ArticleInfo& info_;
  const BuildConfig& config_;
  const LexiconSet& lexicons_;
  EditionVoices& voices_;
  std::vector<std::string>& warnings_;
  std::map<std::string, std::unique_ptr<SpokenFormNormalizer>> normalizers_;
};

}  // namespace

Result<SpokenArticle> SpeakArticle(const Article& article, const BuildConfig& config,
                                   Announcement announcement, int synthesis_workers,
                                   const PcmDestination& pcm, const RenderProgress& progress) {
  const ArticleInfo& info = article.info;
  auto voice = ChooseVoice(config.voices_dir, info.voice, info.language, info.source_path);
  if (!voice.ok()) return voice.error();
  SpokenArticle out;
  const std::string lexicons_dir = (std::filesystem::path(config.voices_dir) / "lexicons").string();
  auto lexicons = LoadArticleLexicons(info, lexicons_dir, voice->language, &out.warnings,
                                      PassageLanguages(article));
  if (!lexicons.ok()) return lexicons.error();

  progress("normalizing", 0);
  const std::string locale = NormalizationLocale(info.language, *voice);
  if (std::string warning = RulesWarning(info.source_path + ": language " + locale, locale);
      !warning.empty()) {
    out.warnings.push_back(std::move(warning));
  }
  const NormalizeOptions options{.locale = locale, .citations = info.citations};
  auto plain_normalizer = SpokenFormNormalizer::Create(options);
  if (!plain_normalizer.ok()) {
    return Error{plain_normalizer.error().code,
                 info.source_path + ": " + plain_normalizer.error().message};
  }
  const AliasingNormalizer normalizer(std::move(plain_normalizer).value(), *lexicons,
                                      info.language);
  EditionVoices voices{.main = *voice};
  Passages passages(info, config, *lexicons, voices, out.warnings);
  auto script = BuildScript(
      article, options, normalizer, announcement,
      [&passages](const std::string& language) { return passages.NormalizerFor(language); });
  if (!script.ok()) return script.error();
  script->info.voice = voice->name;  // the manifest names the voice that read the article
  // The manifest names the voice of each passage that is not read by the article's.
  const auto passage_voice = [&voices](const std::string& language) {
    const auto found = voices.passages.find(language);
    return found == voices.passages.end() ? std::string() : found->second.name;
  };
  for (ScriptSection& section : script->sections) {
    for (ScriptBlock& block : section.blocks) {
      block.voice = passage_voice(block.language);
      for (Sentence& sentence : block.sentences) {
        for (SentencePassage& passage : sentence.passages) {
          passage.voice = voices.For(passage.language).name;
        }
      }
    }
  }
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
  auto timeline = SynthesizeInWorkers(out.plan, voices, synthesis_workers, pcm, synthesized);
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
