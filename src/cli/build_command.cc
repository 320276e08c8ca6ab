// spoken build: render articles into editions, then the feed and the index.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "core/time_format.h"
#include "pipeline/config.h"
#include "pipeline/file_io.h"
#include "pipeline/render_article.h"
#include "pipeline/site_builder.h"
#include "pipeline/worker_pool.h"

namespace spoken::cli {
namespace {

namespace fs = std::filesystem;

struct BuildArgs {
  std::vector<std::string> paths;  // empty: every article in content/
  std::string out_dir = "output";
  ConfigOption config;
  int jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  bool force = false;  // render even editions whose inputs have not changed
};

bool IsArticle(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".md" || ext == ".html" || ext == ".htm" || ext == ".txt";
}

std::vector<std::string> ContentArticles() {
  std::vector<std::string> paths;
  auto entries = ListFolder("content");
  if (!entries.ok()) return paths;
  for (const std::string& entry : *entries) {
    if (IsArticle(entry) && IsRegularFile(entry)) paths.push_back(entry);
  }
  return paths;
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

int RunBuild(const BuildArgs& args) {
  auto config = LoadConfigOption(args.config);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitBadUsage;
  }
  if (Status status = EnsureWritableDirectory(args.out_dir); !status.ok()) {
    PrintError(status.error().message);
    return kExitSomeFailed;
  }
  const std::vector<std::string> paths = args.paths.empty() ? ContentArticles() : args.paths;
  if (paths.empty()) {
    PrintError("content: no articles (.md, .html, .txt) to build");
    return kExitSomeFailed;
  }

  ProgressLine progress(paths.size());
  auto render = [&](const std::string& path, const WorkProgress& report) -> Result<std::string> {
    auto rendered = RenderArticle(path, *config, args.out_dir, args.force, report);
    if (!rendered.ok()) return rendered.error();
    if (rendered->up_to_date) return rendered->summary.info.slug + ": up to date";
    for (const std::string& warning : rendered->warnings) {
      std::fprintf(stderr, "spoken: warning: %s\n", warning.c_str());  // from the worker
    }
    const EditionSummary& summary = rendered->summary;
    return summary.info.slug + ": " + FormatShortClockMs(summary.duration_ms) + ", " +
           std::to_string(summary.section_count) + " sections, " +
           std::to_string(summary.sentence_count) + " sentences";
  };
  WorkerEvents events{
      .progress = [&](size_t i, const std::string& stage,
                      double fraction) { progress.Update(paths[i], stage, fraction); },
      .finished =
          [&](size_t /*item*/, const WorkOutcome& outcome) {
            char seconds[32];
            std::snprintf(seconds, sizeof seconds, " (%.1f s)", outcome.seconds);
            const bool skipped = outcome.detail.ends_with(": up to date");
            progress.Finished(outcome.status.ok()
                                  ? (skipped ? "spoken: " + outcome.detail
                                             : "spoken: built " + outcome.detail + seconds)
                                  : "spoken: error: " + outcome.status.error().message);
          }};
  const std::vector<WorkOutcome> outcomes = RunInWorkers(paths, args.jobs, render, events);
  const bool all_ok = std::all_of(outcomes.begin(), outcomes.end(),
                                  [](const WorkOutcome& o) { return o.status.ok(); });

  auto site = WriteSite(*config, args.out_dir);
  if (!site.ok()) {
    PrintError(site.error().message);
    return kExitSomeFailed;
  }
  std::fprintf(stderr, "spoken: wrote %s/feed.xml and %s/index.html (%zu editions)\n",
               args.out_dir.c_str(), args.out_dir.c_str(), *site);
  return all_ok ? kExitOk : kExitSomeFailed;
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
  command->callback([args, &exit_code] { exit_code = RunBuild(*args); });
}

}  // namespace spoken::cli
