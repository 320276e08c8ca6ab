// Sharded builds: a stable partition of the archive, so that N machines (a Slurm job
// array, a Kubernetes Indexed Job, GNU parallel) render disjoint sets of articles into one
// shared output folder, and `spoken publish` lists them all afterwards.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace spoken {

/// One part of the archive: the articles whose slug's Fnv1a64 is `index` modulo `count`.
/// The whole archive is {0, 1}.
struct Shard {
  uint64_t index = 0;  // 0-based; shown to people 1-based, as "K/N"
  uint64_t count = 1;  // number of shards, at least 1

  bool Whole() const { return count == 1; }
  /// "K/N" as people write it: "2/3" is index 1 of 3.
  std::string Name() const;
};

/// The most shards a build can be split into.
inline constexpr uint64_t kMaxShards = 100000;

/// FNV-1a, 64 bits (offset basis 14695981039346656037, prime 1099511628211) of `bytes`.
/// Fixed forever: a slug's shard must not move between versions of spoken.
uint64_t Fnv1a64(std::string_view bytes);

/// Whether the article with this slug (its output folder's name) belongs to `shard`.
bool InShard(std::string_view slug, const Shard& shard);

/// Reads the value of an environment variable; nullopt when it is not set.
using EnvironmentReader = std::function<std::optional<std::string>(const std::string& name)>;

/// The environment of this process (getenv).
std::optional<std::string> ProcessEnvironment(const std::string& name);

/// Parses `--shard`:
///   "K/N"   shard K of N, K counting from 1 ("1/3", "2/3", "3/3");
///   "slurm" SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN (0 when unset) of
///           SLURM_ARRAY_TASK_COUNT (a job array such as --array=0-2 or --array=1-3);
///   "k8s"   JOB_COMPLETION_INDEX (0-based) of SPOKEN_SHARD_COUNT (set it to the Job's
///           `completions`).
/// kConfig errors say what was expected and which variable was missing or wrong.
Result<Shard> ParseShard(std::string_view spec, const EnvironmentReader& environment);

}  // namespace spoken
