// spoken publish: the feed, index pages and sitemap of every finished edition, rendering
// nothing: the step after the shards of a build (deploy/) have all finished.
#include <cstdio>

#include "cli/commands.h"
#include "pipeline/edition_folder.h"
#include "pipeline/file_io.h"
#include "pipeline/site_builder.h"

namespace spoken::cli {
namespace {

struct PublishArgs {
  std::string out_dir = "output";
  ConfigOption config;
};

int RunPublish(const PublishArgs& args) {
  auto config = LoadConfigOption(args.config);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitBadUsage;
  }
  if (!IsDirectory(args.out_dir)) {
    PrintError(args.out_dir + ": no such output folder (build the editions first)");
    return kExitSomeFailed;
  }
  // Exclusive: no shard is still writing, and no other build or publish runs beside it.
  auto lock = OutputFolderLock::Acquire(args.out_dir, Shard{});
  if (!lock.ok()) {
    PrintError(lock.error().message);
    return kExitSomeFailed;
  }
  if (auto swept = SweepStaleTemporaries(args.out_dir); !swept.ok()) {
    PrintError(swept.error().message);
    return kExitSomeFailed;
  }
  return PublishSite(*config, args.out_dir);
}

}  // namespace

int PublishSite(const BuildConfig& config, const std::string& out_dir) {
  auto site = WriteSite(config, out_dir);
  if (!site.ok()) {
    PrintError(site.error().message);
    return kExitSomeFailed;
  }
  for (const std::string& problem : site->problems) PrintError(problem);
  const std::string changed = site->files_written == 0
                                  ? "nothing changed"
                                  : std::to_string(site->files_written) + " files changed";
  std::fprintf(
      stderr, "spoken: %s: %zu editions, %zu in feed.xml, %zu index pages, sitemap.xml; %s\n",
      out_dir.c_str(), site->editions, site->feed_items, site->index_pages, changed.c_str());
  return site->problems.empty() ? kExitOk : kExitSomeFailed;
}

void AddPublishCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<PublishArgs>();
  CLI::App* command = app.add_subcommand(
      "publish",
      "Write the feed, index pages and sitemap of every finished edition, rendering nothing "
      "(after the shards of a build)");
  command->add_option("--out", args->out_dir, "Output folder")->capture_default_str();
  AddConfigOption(*command, args->config);
  command->callback([args, &exit_code] { exit_code = RunPublish(*args); });
}

}  // namespace spoken::cli
