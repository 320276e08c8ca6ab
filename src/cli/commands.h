// The subcommands of `spoken`. Each Add*Command registers its options on `app` and a
// callback that stores the command's exit status (design.md) in `exit_code`.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "core/result.h"
#include "pipeline/config.h"

namespace spoken::cli {

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;  // some articles failed; the others were written
constexpr int kExitBadUsage = 2;    // bad command line, configuration or lexicon

/// Prints "spoken: error: MESSAGE" to stderr.
void PrintError(const std::string& message);

/// The exit status for an error that stopped a whole command.
int ExitCodeFor(const Error& error);

/// `--config FILE`: the site configuration. The default spoken.yaml may be absent; a file
/// named on the command line must exist.
struct ConfigOption {
  std::string path = "spoken.yaml";
  const CLI::Option* option = nullptr;  // set by AddConfigOption
};
void AddConfigOption(CLI::App& command, ConfigOption& config);
Result<BuildConfig> LoadConfigOption(const ConfigOption& config);

/// Writes the feed, index pages and sitemap of every finished edition in `out_dir`
/// (pipeline/site_builder.h), prints what it wrote and each manifest left out; returns the
/// exit status.
int PublishSite(const BuildConfig& config, const std::string& out_dir);

void AddBuildCommand(CLI::App& app, int& exit_code);
void AddPublishCommand(CLI::App& app, int& exit_code);
void AddNormalizeCommand(CLI::App& app, int& exit_code);
void AddLexiconCommand(CLI::App& app, int& exit_code);
void AddSayCommand(CLI::App& app, int& exit_code);
void AddAuditCommand(CLI::App& app, int& exit_code);
void AddInspectCommand(CLI::App& app, int& exit_code);

}  // namespace spoken::cli
