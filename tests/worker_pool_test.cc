#include "pipeline/worker_pool.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "pipeline/subprocess.h"

namespace spoken {
namespace {

TEST(WorkerPool, ReturnsEveryOutcomeInItemOrder) {
  const std::vector<std::string> items = {"a", "b", "c", "d", "e"};
  std::vector<size_t> finished;
  const auto outcomes =
      RunInWorkers(items, 2,
                   [](const std::string& item, const WorkProgress& progress) -> Result<WorkReport> {
                     progress("working", 0.5);
                     return WorkReport{.detail = item + "\nsecond line"};
                   },
                   {.finished = [&](size_t i, const WorkOutcome&) { finished.push_back(i); }});
  ASSERT_EQ(outcomes.size(), items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    ASSERT_TRUE(outcomes[i].status.ok()) << outcomes[i].status.error().message;
    EXPECT_EQ(outcomes[i].report.detail, items[i] + " second line");
    EXPECT_FALSE(outcomes[i].report.up_to_date);
  }
  EXPECT_EQ(finished.size(), items.size());  // once per item
}

TEST(WorkerPool, UpToDateIsAFieldOfTheOutcome) {
  const auto outcomes = RunInWorkers(
      {"fresh", "stale"}, 1,
      [](const std::string& item, const WorkProgress&) -> Result<WorkReport> {
        return WorkReport{.detail = item + ": up to date", .up_to_date = item == "fresh"};
      },
      {});
  EXPECT_TRUE(outcomes[0].report.up_to_date);
  EXPECT_FALSE(outcomes[1].report.up_to_date);  // whatever its detail says
}

TEST(WorkerPool, AnErrorKeepsItsCodeAndTheOtherItemsStillRun) {
  const auto outcomes =
      RunInWorkers({"bad", "good"}, 2,
                   [](const std::string& item, const WorkProgress&) -> Result<WorkReport> {
                     if (item == "bad") return ConfigError("bad: no such voice");
                     return WorkReport{.detail = item};
                   },
                   {});
  ASSERT_FALSE(outcomes[0].status.ok());
  EXPECT_EQ(outcomes[0].status.error().code, ErrorCode::kConfig);
  EXPECT_EQ(outcomes[0].status.error().message, "bad: no such voice");
  EXPECT_TRUE(outcomes[1].status.ok());
}

TEST(WorkerPool, AWorkerThatDiesIsAnEngineErrorNamingTheSignal) {
  const auto outcomes =
      RunInWorkers({"crash"}, 1,
                   [](const std::string&, const WorkProgress&) -> Result<WorkReport> {
                     ::raise(SIGKILL);
                     return WorkReport{};
                   },
                   {});
  ASSERT_FALSE(outcomes[0].status.ok());
  EXPECT_EQ(outcomes[0].status.error().code, ErrorCode::kEngine);
  EXPECT_EQ(outcomes[0].status.error().message, "crash: the worker died (killed by signal 9)");
}

TEST(Subprocess, DestroyingTheSetKillsAndReapsItsChildren) {
  pid_t pid = 0;
  {
    SubprocessSet set;
    auto child = Subprocess::Start([](int) {
      ::pause();
      return 0;
    });
    ASSERT_TRUE(child.ok());
    pid = set.Add(std::move(child).value())->pid();
  }
  errno = 0;
  EXPECT_EQ(::waitpid(pid, nullptr, WNOHANG), -1);  // already reaped: no such child
  EXPECT_EQ(errno, ECHILD);
}

TEST(Subprocess, DeliversCompleteLinesAndHowTheChildEnded) {
  auto child = Subprocess::Start([](int fd) {
    const char text[] = "one\ntw";
    (void)!::write(fd, text, sizeof text - 1);
    (void)!::write(fd, "o\n", 2);
    return 3;
  });
  ASSERT_TRUE(child.ok());
  std::vector<std::string> lines;
  while (!(*child)->Done()) {
    (*child)->OnPipeReadable([&](const std::string& line) { lines.push_back(line); });
  }
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two"}));
  EXPECT_FALSE((*child)->Succeeded());
  EXPECT_EQ((*child)->Ending(), "exited 3");
}

}  // namespace
}  // namespace spoken
