// spoken: the command line. Parses arguments, runs one subcommand, maps errors to exits.
#include <iostream>

#include "cli/commands.h"

namespace spoken::cli {

void PrintError(const std::string& message) { std::cerr << "spoken: error: " << message << "\n"; }

int ExitCodeFor(const Error& error) {
  return error.code == ErrorCode::kConfig ? kExitBadUsage : kExitSomeFailed;
}

}  // namespace spoken::cli

int main(int argc, char** argv) {
  using namespace spoken::cli;
  CLI::App app{"Spoken: accessible audio editions of written articles"};
  app.set_version_flag("--version", std::string("spoken ") + SPOKEN_VERSION);
  app.require_subcommand(1);
  int exit_code = kExitOk;
  AddBuildCommand(app, exit_code);
  AddNormalizeCommand(app, exit_code);
  AddLexiconCommand(app, exit_code);
  AddSayCommand(app, exit_code);
  AddAuditCommand(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    PrintError(e.what());
    std::cerr << "Run 'spoken --help' for usage.\n";
    return kExitBadUsage;
  }
  return exit_code;
}
