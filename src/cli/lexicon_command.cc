// spoken lexicon check | suggest | say: lint lexicons, list the words eSpeak NG will guess,
// and show what eSpeak NG will say for a word with and without the lexicons' hints.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <unordered_set>

#include "cli/commands.h"
#include "core/ascii.h"
#include "document/reader.h"
#include "pipeline/file_io.h"
#include "pronounce/aliasing_normalizer.h"
#include "pronounce/article_words.h"
#include "pronounce/ipa_compare.h"
#include "pronounce/lexicon_check.h"
#include "pronounce/lexicon_loader.h"
#include "pronounce/planner.h"
#include "speech/espeak_engine.h"
#include "text/script_builder.h"

namespace spoken::cli {
namespace {

constexpr const char* kWordList = "/usr/share/dict/american-english";  // Debian: wamerican

struct LexiconArgs {
  std::vector<std::string> files;  // check: lexicons; say: extra lexicons
  std::string article;             // suggest: the article; say: optional, adds its lexicons
  std::vector<std::string> words;  // say
  std::string voice = "en-us";     // eSpeak NG voice
  std::string lexicons_dir = "voices/lexicons";
  std::string word_list = kWordList;
};

void PrintWarning(const std::string& message) {
  std::cerr << "spoken: warning: " << message << "\n";
}

// "en-us" -> "en-US": the voice's language for matching and comparing.
std::string LanguageOf(const std::string& voice) {
  std::string tag = voice;
  const size_t dash = tag.find('-');
  if (dash != std::string::npos) {
    for (size_t i = dash + 1; i < tag.size(); ++i)
      tag[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(tag[i])));
  }
  return tag;
}

std::vector<std::string> DefaultLexiconFiles(const std::string& lexicons_dir) {
  std::vector<std::string> files;
  for (const std::string& dir : {lexicons_dir, std::string("content")}) {
    auto entries = ListFolder(dir);
    if (!entries.ok()) continue;  // no such folder: no lexicons there
    for (const std::string& entry : *entries) {
      if (entry.ends_with(".pls") && IsRegularFile(entry)) files.push_back(entry);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

int RunCheck(const LexiconArgs& args) {
  const std::vector<std::string> files =
      args.files.empty() ? DefaultLexiconFiles(args.lexicons_dir) : args.files;
  int errors = 0, entries = 0;
  for (const std::string& path : files) {
    auto lexicon = LoadLexicon(path);
    if (!lexicon.ok()) {
      PrintError(lexicon.error().message);
      ++errors;
      continue;
    }
    entries += static_cast<int>(lexicon->lexemes.size());
    for (const LexiconDiagnostic& d : CheckLexicon(*lexicon, lexicon->language)) {
      if (d.severity == LexiconDiagnostic::Severity::kError) {
        PrintError(d.Format());
        ++errors;
      } else {
        PrintWarning(d.Format());
      }
    }
  }
  std::cout << files.size() << " lexicon(s), " << entries << " entries, " << errors
            << " error(s)\n";
  return errors == 0 ? kExitOk : kExitBadUsage;
}

Result<Article> ReadForLexicons(const std::string& path) {
  ArticleInfo defaults;
  defaults.language = "en-US";
  return ReadArticle(path, defaults);
}

Result<std::unique_ptr<EspeakEngine>> StartEngine(const std::string& voice) {
  auto engine = EspeakEngine::Create();
  if (!engine.ok()) return engine.error();
  VoiceProfile profile;
  profile.name = voice;
  profile.espeak_voice = voice;
  profile.language = LanguageOf(voice);
  if (Status status = (*engine)->SetVoice(profile); !status.ok()) return status.error();
  return engine;
}

std::unordered_set<std::string> ReadWordList(const std::string& path) {
  std::unordered_set<std::string> words;
  std::ifstream file(path);
  std::string line;
  while (std::getline(file, line)) words.insert(line);
  return words;
}

int RunSuggest(const LexiconArgs& args) {
  auto article = ReadForLexicons(args.article);
  if (!article.ok()) {
    PrintError(article.error().message);
    return ExitCodeFor(article.error());
  }
  std::vector<std::string> warnings;
  auto lexicons =
      LoadArticleLexicons(article->info, args.lexicons_dir, LanguageOf(args.voice), &warnings);
  if (!lexicons.ok()) {
    PrintError(lexicons.error().message);
    return kExitBadUsage;
  }
  const std::unordered_set<std::string> reference = ReadWordList(args.word_list);
  if (reference.empty()) {
    PrintWarning(args.word_list +
                 ": no reference word list (install wamerican); listing every word eSpeak NG does "
                 "not find in its dictionary");
  }
  auto engine = StartEngine(args.voice);
  if (!engine.ok()) {
    PrintError(engine.error().message);
    return ExitCodeFor(engine.error());
  }
  int listed = 0;
  for (const WordCount& word : UncoveredWords(*article, *lexicons)) {
    if (reference.count(word.word) > 0 || reference.count(AsciiLower(word.word)) > 0) continue;
    const EspeakEngine::WordTrace trace = (*engine)->TraceWord(word.word);
    if (trace.dictionary) continue;
    std::cout << word.count << "\t" << word.word << "\t/" << trace.ipa << "/\n";
    ++listed;
  }
  if (listed == 0) std::cout << "No words left to guess: every rare word has a lexicon entry.\n";
  return kExitOk;
}

// The plan the pipeline makes for `text` read as an article of one paragraph in
// `language`: the spoken-form normalizer with the lexicons' aliases, then the planner with
// their phoneme hints (as pipeline/speak_article.cc does for every article).
Result<SpeechPlan> PlanAsThePipelineDoes(const std::string& text, const LexiconSet& lexicons,
                                         const std::string& language) {
  Article article;
  article.info.language = language;
  article.sections.push_back({.title_from_article = true, .blocks = {{.text = text}}});
  const NormalizeOptions options{.locale = language};
  auto plain = SpokenFormNormalizer::Create(options);
  if (!plain.ok()) return plain.error();
  const AliasingNormalizer normalizer(std::move(plain).value(), lexicons, language);
  auto script = BuildScript(article, options, normalizer, Announcement::kOmit);
  if (!script.ok()) return script.error();
  return PlanSpeech(*script, lexicons);
}

// The lexicon entry a hint came from.
const LexiconEntry* EntryOf(const PronunciationUse& use, const LexiconSet& lexicons) {
  for (const LexiconEntry& entry : lexicons.entries()) {
    if (entry.grapheme == use.term && entry.lexicon == use.lexicon &&
        entry.line == use.lexicon_line) {
      return &entry;
    }
  }
  return nullptr;
}

// What the pipeline will say for `text`: the planner's eSpeak input (aliases replaced, each
// lexicon word through its [[mnemonics]]), the IPA eSpeak makes of it, and which entries applied.
Status SayWithHints(const std::string& text, const LexiconSet& lexicons,
                    const std::string& language, EspeakEngine& engine) {
  auto plan = PlanAsThePipelineDoes(text, lexicons, language);
  if (!plan.ok()) return plan.error();
  if (plan->pronunciations.empty()) {
    std::cout << "  with hints:    (no lexicon entry: eSpeak NG's own pronunciation)\n";
    return Status::Ok();
  }
  std::string input;
  for (const Utterance& utterance : plan->utterances) {
    input += (input.empty() ? "" : " ") + utterance.engine_input;
  }
  std::cout << "  with hints:    /" << engine.InputToIpa(input) << "/  " << input << "\n";
  for (const PronunciationUse& use : plan->pronunciations) {
    std::cout << "  entry:         " << use.lexicon << ":" << use.lexicon_line << " '" << use.term;
    if (!use.alias.empty()) {
      std::cout << "' read as \"" << use.alias << "\"\n";
      continue;
    }
    std::cout << "' /" << use.ipa << "/, say it " << use.respelling;
    const LexiconEntry* entry = EntryOf(use, lexicons);  // found: the plan comes from `lexicons`
    if (entry == nullptr) {
      std::cout << "\n";
      continue;
    }
    const std::string said = engine.HintToIpa(entry->espeak);
    const bool agrees = ComparableIpa(said, language) == ComparableIpa(use.ipa, language);
    std::cout << (agrees ? "" : " (eSpeak's rendering differs: /" + said + "/)") << "\n";
    for (const std::string& symbol : entry->approximated)
      std::cout << "  nearest:       " << symbol << "\n";
    for (const std::string& symbol : entry->unknown)
      std::cout << "  dropped:       " << symbol << "\n";
  }
  return Status::Ok();
}

int RunSay(const LexiconArgs& args) {
  const std::string language = LanguageOf(args.voice);
  ArticleInfo info{.language = language};
  if (!args.article.empty()) {
    auto article = ReadForLexicons(args.article);
    if (!article.ok()) {
      PrintError(article.error().message);
      return ExitCodeFor(article.error());
    }
    info.lexicons = article->info.lexicons;
  }
  info.lexicons.insert(info.lexicons.end(), args.files.begin(), args.files.end());
  std::vector<std::string> warnings;
  auto lexicons = LoadArticleLexicons(info, args.lexicons_dir, language, &warnings);
  if (!lexicons.ok()) {
    PrintError(lexicons.error().message);
    return kExitBadUsage;
  }
  auto engine = StartEngine(args.voice);
  if (!engine.ok()) {
    PrintError(engine.error().message);
    return ExitCodeFor(engine.error());
  }
  for (const std::string& text : args.words) {
    std::cout << text << "\n  without hints: /" << (*engine)->TextToPhonemes(text, true) << "/\n";
    if (Status status = SayWithHints(text, *lexicons, language, **engine); !status.ok()) {
      PrintError(status.error().message);
      return ExitCodeFor(status.error());
    }
  }
  return kExitOk;
}

}  // namespace

void AddLexiconCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<LexiconArgs>();
  CLI::App* command =
      app.add_subcommand("lexicon", "Lint pronunciation lexicons and inspect hints");
  command->require_subcommand(1);
  command->add_option("--voice", args->voice, "eSpeak NG voice")->capture_default_str();
  command->add_option("--lexicons-dir", args->lexicons_dir, "Folder of the bundled lexicons")
      ->capture_default_str();

  CLI::App* check = command->add_subcommand(
      "check",
      "Parse and validate PLS lexicons (default: voices/lexicons/*.pls and content/*.pls)");
  check->add_option("FILE", args->files, "PLS files");
  check->callback([args, &exit_code] { exit_code = RunCheck(*args); });

  CLI::App* suggest = command->add_subcommand(
      "suggest", "List the words of an article eSpeak NG will guess, most frequent first");
  suggest->add_option("FILE", args->article, "Article")->required();
  suggest->add_option("--words", args->word_list, "Reference word list")->capture_default_str();
  suggest->callback([args, &exit_code] { exit_code = RunSuggest(*args); });

  CLI::App* say = command->add_subcommand(
      "say", "Show the IPA eSpeak NG says for words, with and without lexicon hints");
  say->add_option("WORD", args->words, "Words or phrases")->required();
  say->add_option("-l,--lexicon", args->files, "Extra lexicon, read after the bundled one");
  say->add_option("--article", args->article, "Also use the lexicons this article names");
  say->callback([args, &exit_code] { exit_code = RunSay(*args); });
}

}  // namespace spoken::cli
