// spoken: the command line. Parses arguments, runs one subcommand, maps errors to exits.
#include <csignal>
#include <iostream>

#include "cli/commands.h"

namespace spoken::cli {

void PrintError(const std::string& message) { std::cerr << "spoken: error: " << message << "\n"; }

int ExitCodeFor(const Error& error) {
  return error.code == ErrorCode::kConfig ? kExitBadUsage : kExitSomeFailed;
}

void AddConfigOption(CLI::App& command, ConfigOption& config) {
  config.option =
      command.add_option("--config", config.path, "Site configuration")->capture_default_str();
}

Result<BuildConfig> LoadConfigOption(const ConfigOption& config) {
  const bool named = config.option != nullptr && config.option->count() > 0;
  return LoadConfig(config.path, named ? ConfigFile::kRequired : ConfigFile::kOptional);
}

}  // namespace spoken::cli

namespace {

int RunSpoken(int argc, char** argv) {
  using namespace spoken::cli;
  // A closed stdout or stderr (spoken build 2>&1 | head) must not kill the build before the
  // feed is written: writes to it fail and are ignored instead.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"Spoken: accessible audio editions of written articles"};
  app.set_version_flag("--version", std::string("spoken ") + SPOKEN_VERSION);
  app.require_subcommand(1);
  int exit_code = kExitOk;
  AddBuildCommand(app, exit_code);
  AddPublishCommand(app, exit_code);
  AddNormalizeCommand(app, exit_code);
  AddLexiconCommand(app, exit_code);
  AddSayCommand(app, exit_code);
  AddAuditCommand(app, exit_code);
  AddInspectCommand(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    PrintError(e.what());
    std::cerr << "Run 'spoken --help' for usage.\n";
    return kExitBadUsage;
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  // Library code returns errors as values; this is the last resort for a bug or for
  // std::bad_alloc, so that every failure is still one line and a documented exit.
  try {
    return RunSpoken(argc, argv);
  } catch (const std::exception& e) {
    spoken::cli::PrintError(std::string("internal error: ") + e.what());
  } catch (...) {
    spoken::cli::PrintError("internal error");
  }
  return spoken::cli::kExitBadUsage;
}
