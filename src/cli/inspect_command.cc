// spoken inspect: the Article as the reader sees it, before any audio is made.
#include <iostream>

#include "cli/article_json_writer.h"
#include "cli/commands.h"
#include "document/reader.h"

namespace spoken::cli {
namespace {

struct InspectArgs {
  std::string file;
  std::string format = "json";  // json | text
  ConfigOption config;
};

// The body text only: each section's heading (not the untitled opening's) and each block's
// text, one per line, a blank line between sections.
void WriteBodyText(const Article& article, std::ostream& out) {
  bool first = true;
  for (const Section& section : article.sections) {
    if (!first) out << "\n";
    first = false;
    if (!section.title_from_article) out << section.title << "\n";
    for (const Block& block : section.blocks) out << block.text << "\n";
  }
}

int RunInspect(const InspectArgs& args) {
  auto config = LoadConfigOption(args.config);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitBadUsage;
  }
  auto article = ReadArticle(args.file, config->article_defaults);
  if (!article.ok()) {
    PrintError(article.error().message);
    return ExitCodeFor(article.error());
  }
  for (const std::string& warning : article->warnings) {
    std::cerr << "spoken: warning: " << warning << "\n";
  }
  if (args.format == "text") {
    WriteBodyText(*article, std::cout);
  } else {
    WriteArticleJson(*article, std::cout);
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace

void AddInspectCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<InspectArgs>();
  CLI::App* command = app.add_subcommand(
      "inspect", "Show an article as the reader sees it: metadata, sections, blocks, skipped");
  command
      ->add_option("--format", args->format,
                   "json: metadata, section tree, block kinds and what was skipped; "
                   "text: the body text only")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();
  AddConfigOption(*command, args->config);
  command->add_option("FILE", args->file, "The article (.md, .html, .htm or .txt)")->required();
  command->callback([args, &exit_code] { exit_code = RunInspect(*args); });
}

}  // namespace spoken::cli
