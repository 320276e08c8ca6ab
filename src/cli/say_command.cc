// spoken say: one snippet through the whole pipeline into a WAV file, for a quick listen.
#include <iostream>

#include "audio/audio_codec.h"
#include "audio/master.h"
#include "cli/commands.h"
#include "pipeline/config.h"
#include "pipeline/file_io.h"
#include "pipeline/speak_article.h"

namespace spoken::cli {
namespace {

struct SayArgs {
  std::string text;
  std::string output;
  std::string voice;     // empty: the configured default
  std::string language;  // empty: the configured default
  ConfigOption config;
};

int RunSay(const SayArgs& args) {
  auto config = LoadConfigOption(args.config);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitBadUsage;
  }
  Article article;
  article.info = config->article_defaults;
  article.info.slug = "say";
  article.info.source_path = "(command line)";
  if (!args.voice.empty()) article.info.voice = args.voice;
  if (!args.language.empty()) article.info.language = args.language;
  article.sections.push_back({.title_from_article = true, .blocks = {{.text = args.text}}});

  std::vector<int16_t> pcm;  // a snippet: held in memory
  const PcmDestination destination{.start = [](int) { return Status::Ok(); },
                                   .write =
                                       [&pcm](const int16_t* samples, size_t count) {
                                         pcm.insert(pcm.end(), samples, samples + count);
                                         return Status::Ok();
                                       }};
  auto spoken = SpeakArticle(article, *config, Announcement::kOmit, 1, destination,
                             [](const std::string&, double) {});
  if (!spoken.ok()) {
    PrintError(spoken.error().message);
    return ExitCodeFor(spoken.error());
  }
  for (const std::string& warning : spoken->warnings)
    std::cerr << "spoken: warning: " << warning << "\n";
  const int rate = spoken->timeline.sample_rate_hz;
  auto audio = NormalizeLoudness(pcm, rate, config->master);
  if (!audio.ok()) {
    PrintError(audio.error().message);
    return ExitCodeFor(audio.error());
  }
  auto wav = EncodeWav(*audio, rate);
  if (!wav.ok()) {
    PrintError(wav.error().message);
    return ExitCodeFor(wav.error());
  }
  if (Status status = WriteFileAtomically(args.output, std::string(wav->begin(), wav->end()));
      !status.ok()) {
    PrintError(status.error().message);
    return kExitSomeFailed;
  }
  for (const Sentence& sentence : spoken->script.sections[0].blocks[0].sentences) {
    std::cout << sentence.spoken << "\n";
  }
  return kExitOk;
}

}  // namespace

void AddSayCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<SayArgs>();
  CLI::App* command = app.add_subcommand(
      "say", "Speak TEXT through the whole pipeline into a WAV file; prints what was said");
  command->add_option("TEXT", args->text, "What to say")->required();
  command->add_option("-o,--output", args->output, "WAV file to write")->required();
  command->add_option("--voice", args->voice, "Voice profile (voices/NAME.yaml)");
  command->add_option("--lang", args->language, "Language of the text (BCP 47)");
  AddConfigOption(*command, args->config);
  command->callback([args, &exit_code] { exit_code = RunSay(*args); });
}

}  // namespace spoken::cli
