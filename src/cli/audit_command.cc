// spoken audit: check built editions and print the report.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "pipeline/config.h"
#include "pipeline/edition_audit.h"
#include "pipeline/file_io.h"

namespace spoken::cli {
namespace {

namespace fs = std::filesystem;

struct AuditArgs {
  std::vector<std::string> slugs;  // empty: every edition in the output folder
  std::string out_dir = "output";
  ConfigOption config;
};

int RunAudit(const AuditArgs& args) {
  auto config = LoadConfigOption(args.config);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitBadUsage;
  }
  std::vector<std::string> slugs = args.slugs;
  if (slugs.empty()) {
    auto entries = ListFolder(args.out_dir);
    if (!entries.ok()) {
      PrintError(entries.error().message);
      return kExitBadUsage;
    }
    for (const std::string& entry : *entries) {
      if (IsRegularFile((fs::path(entry) / "manifest.json").string())) {
        slugs.push_back(fs::path(entry).filename().string());
      }
    }
    if (slugs.empty()) {
      PrintError(args.out_dir + ": no built editions to audit");
      return kExitSomeFailed;
    }
  }
  int failed = 0;
  for (const std::string& slug : slugs) {
    auto audit = AuditEdition((fs::path(args.out_dir) / slug).string(), config->master);
    if (!audit.ok()) {
      PrintError(audit.error().message);
      ++failed;
      continue;
    }
    std::cout << slug << ": " << (audit->passed() ? "PASS" : "FAIL") << "\n";
    for (const AuditCheck& check : audit->checks) {
      std::cout << "  " << (check.passed ? "ok  " : "FAIL") << "  " << check.name << ": "
                << check.detail << "\n";
    }
    for (const std::string& note : audit->notes) std::cout << "  info  " << note << "\n";
    failed += audit->passed() ? 0 : 1;
  }
  return failed == 0 ? kExitOk : kExitSomeFailed;
}

}  // namespace

void AddAuditCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* command = app.add_subcommand(
      "audit",
      "Check built editions (files, source, timing, coverage, EPUB, length, loudness) and report");
  command->add_option("SLUG", args->slugs, "Editions to check (default: all in the output folder)");
  command->add_option("--out", args->out_dir, "Output folder")->capture_default_str();
  AddConfigOption(*command, args->config);
  command->callback([args, &exit_code] { exit_code = RunAudit(*args); });
}

}  // namespace spoken::cli
