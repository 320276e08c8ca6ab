// spoken build: render articles into editions, then the feed and the index.
#include "cli/commands.h"

namespace spoken::cli {

void AddBuildCommand(CLI::App& app, int& exit_code) {
  CLI::App* command = app.add_subcommand("build", "Render articles into audio editions");
  command->callback([&exit_code] { exit_code = kExitOk; });
}

}  // namespace spoken::cli
