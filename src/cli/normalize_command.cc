// spoken normalize: the text/ stage on its own, one output line per input line.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "encoding/decode.h"
#include "text/spoken_form.h"

namespace spoken::cli {
namespace {

struct NormalizeArgs {
  std::string language = "en-US";
  std::string file;  // empty: standard input
  bool explain = false;
  std::string citations = "brief";  // read | brief | skip
};

int RunNormalize(const NormalizeArgs& args) {
  auto normalizer = SpokenFormNormalizer::Create(
      {.locale = args.language,
       .citations = CitationStyleNamed(args.citations).value_or(CitationStyle::kBrief)});
  if (!normalizer.ok()) {
    PrintError(normalizer.error().message);
    return kExitBadUsage;
  }
  std::ifstream file;
  if (!args.file.empty()) {
    file.open(args.file);
    if (!file) {
      PrintError(args.file + ": cannot open for reading");
      return kExitSomeFailed;
    }
  }
  std::istream& in = args.file.empty() ? std::cin : file;
  const std::string name = args.file.empty() ? "<stdin>" : args.file;
  std::string bytes;
  for (size_t line_number = 1; std::getline(in, bytes); ++line_number) {
    // Decoded at the edge: the normalizer sees valid UTF-8 only.
    auto decoded = DecodeToUtf8(bytes, "UTF-8");
    if (!decoded.ok()) {
      PrintError(name + ": " + decoded.error().message);
      return kExitSomeFailed;
    }
    for (const size_t offset : decoded->invalid_offsets) {
      std::cerr << "spoken: warning: " << name << ":" << line_number << ": byte at offset "
                << offset << " of the line is not UTF-8; replaced by U+FFFD\n";
    }
    const std::string& line = decoded->utf8;
    const SpokenText spoken = (*normalizer)->Normalize(line);
    std::cout << spoken.spoken << "\n";
    if (args.explain) {
      for (const Rewrite& rewrite : spoken.rewrites) {
        std::cout << "    "
                  << line.substr(rewrite.display_begin, rewrite.display_end - rewrite.display_begin)
                  << " -> " << rewrite.spoken << "  [" << rewrite.rule << "]\n";
      }
    }
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace

void AddNormalizeCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<NormalizeArgs>();
  CLI::App* command = app.add_subcommand(
      "normalize", "Print the spoken form of text, one output line per input line");
  command->add_option("--lang", args->language, "Language of the text (BCP 47)")
      ->capture_default_str();
  command->add_flag("--explain", args->explain, "After each line, list every change and its rule");
  command
      ->add_option("--citations", args->citations,
                   "How to read references like (Li et al., 2026): read, brief or skip")
      ->check(CLI::IsMember({"read", "brief", "skip"}))
      ->capture_default_str();
  command->add_option("FILE", args->file, "Text file to read (default: standard input)");
  command->callback([args, &exit_code] { exit_code = RunNormalize(*args); });
}

}  // namespace spoken::cli
