// spoken build: render articles into editions, then the feed and the index.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <thread>

#include "cli/commands.h"
#include "core/time_format.h"
#include "pipeline/config.h"
#include "pipeline/content_folder.h"
#include "pipeline/edition_folder.h"
#include "pipeline/file_io.h"
#include "pipeline/render_article.h"
#include "pipeline/shard.h"
#include "pipeline/stage_clock.h"
#include "pipeline/worker_pool.h"

namespace spoken::cli {
namespace {

namespace fs = std::filesystem;

struct BuildArgs {
  std::vector<std::string> paths;  // empty: every article in content/
  std::string out_dir = "output";
  ConfigOption config;
  int jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  bool force = false;    // render even editions whose inputs have not changed
  bool timings = false;  // print each edition's CPU seconds per stage
  std::string shard;     // "K/N", "slurm" or "k8s" (pipeline/shard.h); empty: everything
};

// Paths whose slugs are unique. Each path sharing its slug with another is left out, with
// one error naming them all: which one would win the folder OUT/SLUG is not for us to guess.
std::vector<std::string> WithUniqueSlugs(const std::vector<std::string>& paths, bool& all_ok) {
  std::map<std::string, std::vector<std::string>> by_slug;
  for (const std::string& path : paths) by_slug[fs::path(path).stem().string()].push_back(path);
  std::vector<std::string> unique;
  for (const std::string& path : paths) {
    const std::vector<std::string>& same = by_slug[fs::path(path).stem().string()];
    if (same.size() == 1) {
      unique.push_back(path);
    } else if (same.front() == path) {
      std::string names;
      for (const std::string& other : same) names += (names.empty() ? "" : ", ") + other;
      PrintError(names + ": these articles share the slug \"" + fs::path(path).stem().string() +
                 "\" (one output folder); rename all but one; none of them was built");
      all_ok = false;
    }
  }
  return unique;
}

// One status line on a terminal, rewritten in place; nothing when stderr is a file.
class ProgressLine {
 public:
  explicit ProgressLine(size_t total) : total_(total), terminal_(::isatty(STDERR_FILENO)) {}

  void Update(const std::string& item, const std::string& stage, double fraction) {
    if (!terminal_) return;
    std::fprintf(stderr, "\r\033[K[%zu/%zu] %s: %s %3.0f%%", done_, total_,
                 fs::path(item).stem().c_str(), stage.c_str(), fraction * 100);
  }

  void Finished(const std::string& line) {
    ++done_;
    if (terminal_) std::fprintf(stderr, "\r\033[K");
    std::fprintf(stderr, "%s\n", line.c_str());
  }

 private:
  size_t total_;
  size_t done_ = 0;
  bool terminal_;
};

// The articles of `shard`, by the slug their output folder is named after.
std::vector<std::string> InShardOnly(const std::vector<std::string>& paths, const Shard& shard) {
  std::vector<std::string> mine;
  std::copy_if(paths.begin(), paths.end(), std::back_inserter(mine), [&](const std::string& path) {
    return InShard(fs::path(path).stem().string(), shard);
  });
  return mine;
}

int RunBuild(const BuildArgs& args) {
  auto config = LoadConfigOption(args.config);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitBadUsage;
  }
  Shard shard;
  if (!args.shard.empty()) {
    auto parsed = ParseShard(args.shard, ProcessEnvironment);
    if (!parsed.ok()) {
      PrintError(parsed.error().message);
      return kExitBadUsage;
    }
    shard = *parsed;
  }
  if (Status status = EnsureWritableDirectory(args.out_dir); !status.ok()) {
    PrintError(status.error().message);
    return kExitSomeFailed;
  }
  auto lock = OutputFolderLock::Acquire(args.out_dir, shard);
  if (!lock.ok()) {
    PrintError(lock.error().message);
    return kExitSomeFailed;
  }
  if (auto swept = SweepStaleTemporaries(args.out_dir, shard); !swept.ok()) {
    PrintError(swept.error().message);
    return kExitSomeFailed;
  }
  const std::vector<std::string> requested = args.paths.empty() ? ContentArticles() : args.paths;
  if (requested.empty()) {
    PrintError("content: no articles (.md, .html, .txt) to build");
    return kExitSomeFailed;
  }
  bool slugs_ok = true;
  // Articles sharing a slug hash alike: the shard that has one has them all, and names them.
  const std::vector<std::string> paths = WithUniqueSlugs(InShardOnly(requested, shard), slugs_ok);
  if (!args.shard.empty()) {
    std::fprintf(stderr, "spoken: shard %s: %zu of %zu articles\n", shard.Name().c_str(),
                 paths.size(), requested.size());
  }

  ProgressLine progress(paths.size());
  // The cores are shared: articles run in parallel first, the sentences of each article in
  // the workers left over (one article and --jobs 2: two synthesis processes).
  const int articles_at_once = std::min<int>(args.jobs, static_cast<int>(paths.size()));
  const int synthesis_workers = std::max(1, args.jobs / std::max(1, articles_at_once));
  auto render = [&](const std::string& path, const WorkProgress& report) -> Result<WorkReport> {
    StageClock clock;
    auto rendered = RenderArticle(path, *config, args.out_dir, args.force, synthesis_workers,
                                  [&](const std::string& stage, double fraction) {
                                    clock.Enter(stage);
                                    report(stage, fraction);
                                  });
    if (!rendered.ok()) return rendered.error();
    const EditionSummary& summary = rendered->summary;
    if (rendered->up_to_date) return WorkReport{.detail = summary.info.slug, .up_to_date = true};
    for (const std::string& warning : rendered->warnings) {
      std::fprintf(stderr, "spoken: warning: %s\n", warning.c_str());  // from the worker
    }
    if (args.timings) {
      std::fprintf(stderr, "spoken: timings %s: %s CPU\n", summary.info.slug.c_str(),
                   clock.Summary().c_str());
    }
    return WorkReport{.detail = summary.info.slug + ": " + FormatShortClockMs(summary.duration_ms) +
                                ", " + std::to_string(summary.section_count) + " sections, " +
                                std::to_string(summary.sentence_count) + " sentences"};
  };
  WorkerEvents events{
      .progress = [&](size_t i, const std::string& stage,
                      double fraction) { progress.Update(paths[i], stage, fraction); },
      .finished =
          [&](size_t /*item*/, const WorkOutcome& outcome) {
            char seconds[32];
            std::snprintf(seconds, sizeof seconds, " (%.1f s)", outcome.seconds);
            const WorkReport& report = outcome.report;
            progress.Finished(!outcome.status.ok()
                                  ? "spoken: error: " + outcome.status.error().message
                              : report.up_to_date ? "spoken: " + report.detail + ": up to date"
                                                  : "spoken: built " + report.detail + seconds);
          }};
  const std::vector<WorkOutcome> outcomes = RunInWorkers(paths, args.jobs, render, events);
  const bool all_ok = slugs_ok && std::all_of(outcomes.begin(), outcomes.end(),
                                              [](const WorkOutcome& o) { return o.status.ok(); });

  // Any --shard, 1/1 too, leaves the site files to spoken publish after the last shard.
  if (!args.shard.empty()) return all_ok ? kExitOk : kExitSomeFailed;
  const int published = PublishSite(*config, args.out_dir);
  return all_ok && published == kExitOk ? kExitOk : kExitSomeFailed;
}

}  // namespace

void AddBuildCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<BuildArgs>();
  CLI::App* command = app.add_subcommand(
      "build", "Render articles (default: all of content/) into editions, then the feed and index");
  command->add_option("PATH", args->paths, "Article files (.md, .html, .txt)");
  command->add_option("--out", args->out_dir, "Output folder")->capture_default_str();
  AddConfigOption(*command, args->config);
  command->add_option("--jobs,-j", args->jobs, "Worker processes (eSpeak NG is single-threaded)")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  command->add_flag("--force", args->force,
                    "Render every article, even those whose inputs are unchanged");
  command->add_flag("--timings", args->timings,
                    "Print each edition's CPU seconds per stage (for scripts/bench)");
  command->add_option("--shard", args->shard,
                      "Build only part K of N of the articles (K/N, K from 1; slurm: the job "
                      "array task; k8s: JOB_COMPLETION_INDEX of SPOKEN_SHARD_COUNT), by a hash "
                      "of the slug; writes editions only: run spoken publish when all are done");
  command->callback([args, &exit_code] { exit_code = RunBuild(*args); });
}

}  // namespace spoken::cli
