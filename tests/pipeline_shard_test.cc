#include <gtest/gtest.h>

#include <map>

#include "pipeline/shard.h"

namespace spoken {
namespace {

EnvironmentReader Environment(std::map<std::string, std::string> variables) {
  return [variables](const std::string& name) -> std::optional<std::string> {
    const auto found = variables.find(name);
    if (found == variables.end()) return std::nullopt;
    return found->second;
  };
}

Shard Parsed(std::string_view spec, std::map<std::string, std::string> variables = {}) {
  auto shard = ParseShard(spec, Environment(std::move(variables)));
  EXPECT_TRUE(shard.ok()) << shard.error().message;
  return shard.ok() ? *shard : Shard{};
}

std::string ErrorOf(std::string_view spec, std::map<std::string, std::string> variables = {}) {
  auto shard = ParseShard(spec, Environment(std::move(variables)));
  EXPECT_FALSE(shard.ok());
  if (shard.ok()) return "";
  EXPECT_EQ(shard.error().code, ErrorCode::kConfig);
  return shard.error().message;
}

TEST(Shard, Fnv1a64MatchesThePublishedTestVectors) {
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

TEST(Shard, EverySlugIsInExactlyOneShard) {
  for (const std::string slug : {"tiny", "sections", "structures", "bone-brain-axis", "ß-ü"}) {
    int shards = 0;
    for (uint64_t index = 0; index < 3; ++index) {
      shards += InShard(slug, Shard{.index = index, .count = 3}) ? 1 : 0;
    }
    EXPECT_EQ(shards, 1) << slug;
    EXPECT_TRUE(InShard(slug, Shard{})) << slug;
  }
}

TEST(Shard, ASlugsShardNeverChanges) {
  // Pinned: editions already built on a cluster must stay in the shard that owns them.
  EXPECT_EQ(Fnv1a64("tiny") % 3, 0u);
  EXPECT_EQ(Fnv1a64("sections") % 3, 1u);
  EXPECT_EQ(Fnv1a64("structures") % 3, 1u);
}

TEST(Shard, ParsesKOfNCountingFromOne) {
  const Shard second = Parsed("2/3");
  EXPECT_EQ(second.index, 1u);
  EXPECT_EQ(second.count, 3u);
  EXPECT_EQ(second.Name(), "2/3");
  EXPECT_TRUE(Parsed("1/1").Whole());
}

TEST(Shard, RefusesShardsThatDoNotExist) {
  EXPECT_EQ(ErrorOf("0/3"), "--shard 0/3: K counts from 1 (1/3 is the first shard)");
  EXPECT_EQ(ErrorOf("4/3"), "--shard 4/3: shard 4 of 3 does not exist (1 to 3)");
  EXPECT_EQ(ErrorOf("1/0"), "--shard 1/0: the number of shards must be 1 to 100000, not 0");
  for (const char* bad : {"", "3", "/3", "1/", "-1/3", "1/3/4", "a/b", " 1/3", "1/+3"}) {
    EXPECT_EQ(ErrorOf(bad), std::string("--shard \"") + bad +
                                "\": expected K/N (shard K of N, K from 1 to N, as in 2/3), "
                                "slurm or k8s");
  }
}

TEST(Shard, ReadsTheSlurmArrayTaskFromItsFirstIndex) {
  const Shard from_zero =
      Parsed("slurm", {{"SLURM_ARRAY_TASK_ID", "2"}, {"SLURM_ARRAY_TASK_COUNT", "3"}});
  EXPECT_EQ(from_zero.Name(), "3/3");
  const Shard from_one = Parsed("slurm", {{"SLURM_ARRAY_TASK_ID", "1"},
                                          {"SLURM_ARRAY_TASK_COUNT", "3"},
                                          {"SLURM_ARRAY_TASK_MIN", "1"}});
  EXPECT_EQ(from_one.Name(), "1/3");
}

TEST(Shard, NamesTheMissingOrWrongEngineVariable) {
  EXPECT_EQ(ErrorOf("slurm"),
            "--shard slurm (run it in a job array): SLURM_ARRAY_TASK_ID is not set");
  EXPECT_EQ(ErrorOf("slurm", {{"SLURM_ARRAY_TASK_ID", "x"}, {"SLURM_ARRAY_TASK_COUNT", "3"}}),
            "--shard slurm (run it in a job array): SLURM_ARRAY_TASK_ID=\"x\" is not a whole "
            "number");
  EXPECT_EQ(ErrorOf("slurm", {{"SLURM_ARRAY_TASK_ID", "3"}, {"SLURM_ARRAY_TASK_COUNT", "3"}}),
            "--shard slurm: shard 4 of 3 does not exist (1 to 3)");
  EXPECT_EQ(ErrorOf("k8s", {{"JOB_COMPLETION_INDEX", "0"}}),
            "--shard k8s (set it to the Job's completions): SPOKEN_SHARD_COUNT is not set");
  EXPECT_EQ(ErrorOf("k8s"),
            "--shard k8s (run it in an Indexed Job): JOB_COMPLETION_INDEX is not set");
}

TEST(Shard, ReadsTheKubernetesCompletionIndex) {
  const Shard shard = Parsed("k8s", {{"JOB_COMPLETION_INDEX", "4"}, {"SPOKEN_SHARD_COUNT", "5"}});
  EXPECT_EQ(shard.index, 4u);
  EXPECT_EQ(shard.count, 5u);
}

}  // namespace
}  // namespace spoken
