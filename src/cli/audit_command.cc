// spoken audit: check built editions and print the report.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "pipeline/config.h"
#include "pipeline/content_folder.h"
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

// Articles in content/ with no finished edition in `out_dir` (a shard that failed, was
// killed or never ran): one line each; returns how many.
int ReportMissingEditions(const std::string& out_dir) {
  int missing = 0;
  for (const std::string& path : ContentArticles()) {
    const std::string slug = fs::path(path).stem().string();
    if (IsRegularFile((fs::path(out_dir) / slug / "manifest.json").string())) continue;
    std::cout << slug << ": MISSING\n  FAIL  edition: no finished edition of " << path
              << " (build it, or rerun the shard that owns it)\n";
    ++missing;
  }
  return missing;
}

int RunAudit(const AuditArgs& args) {
  auto config = LoadConfigOption(args.config);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitBadUsage;
  }
  std::vector<std::string> slugs = args.slugs;
  int failed = 0;
  if (slugs.empty()) {
    failed += ReportMissingEditions(args.out_dir);
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
      "Check built editions (files, source, timing, coverage, EPUB, length, loudness) and report; "
      "without SLUGs, also name the articles in content/ that have no finished edition");
  command->add_option("SLUG", args->slugs, "Editions to check (default: all in the output folder)");
  command->add_option("--out", args->out_dir, "Output folder")->capture_default_str();
  AddConfigOption(*command, args->config);
  command->callback([args, &exit_code] { exit_code = RunAudit(*args); });
}

}  // namespace spoken::cli
