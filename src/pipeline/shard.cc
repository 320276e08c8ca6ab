#include "pipeline/shard.h"

#include <cstdlib>

namespace spoken {
namespace {

// A decimal number without sign, spaces or leading '+'; nullopt otherwise or on overflow.
std::optional<uint64_t> ParseCount(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  uint64_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  return value;
}

Result<uint64_t> Variable(const EnvironmentReader& environment, const std::string& name,
                          const std::string& wanted_by) {
  const std::optional<std::string> value = environment(name);
  if (!value) return ConfigError("--shard " + wanted_by + ": " + name + " is not set");
  const std::optional<uint64_t> number = ParseCount(*value);
  if (!number) {
    return ConfigError("--shard " + wanted_by + ": " + name + "=\"" + *value +
                       "\" is not a whole number");
  }
  return *number;
}

Result<Shard> Checked(uint64_t index, uint64_t count, const std::string& source) {
  if (count < 1 || count > kMaxShards) {
    return ConfigError("--shard " + source + ": the number of shards must be 1 to " +
                       std::to_string(kMaxShards) + ", not " + std::to_string(count));
  }
  if (index >= count) {
    return ConfigError("--shard " + source + ": shard " + std::to_string(index + 1) + " of " +
                       std::to_string(count) + " does not exist (1 to " + std::to_string(count) +
                       ")");
  }
  return Shard{.index = index, .count = count};
}

}  // namespace

std::string Shard::Name() const { return std::to_string(index + 1) + "/" + std::to_string(count); }

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t hash = 14695981039346656037ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

bool InShard(std::string_view slug, const Shard& shard) {
  return Fnv1a64(slug) % shard.count == shard.index;
}

std::optional<std::string> ProcessEnvironment(const std::string& name) {
  const char* value = std::getenv(name.c_str());  // NOLINT(concurrency-mt-unsafe): read once
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

Result<Shard> ParseShard(std::string_view spec, const EnvironmentReader& environment) {
  if (spec == "slurm") {
    auto id = Variable(environment, "SLURM_ARRAY_TASK_ID", "slurm (run it in a job array)");
    if (!id.ok()) return id.error();
    auto count = Variable(environment, "SLURM_ARRAY_TASK_COUNT", "slurm");
    if (!count.ok()) return count.error();
    uint64_t min = 0;
    if (environment("SLURM_ARRAY_TASK_MIN")) {
      auto read = Variable(environment, "SLURM_ARRAY_TASK_MIN", "slurm");
      if (!read.ok()) return read.error();
      min = *read;
    }
    if (*id < min)
      return ConfigError("--shard slurm: SLURM_ARRAY_TASK_ID is below SLURM_ARRAY_TASK_MIN");
    return Checked(*id - min, *count, "slurm");
  }
  if (spec == "k8s") {
    auto index = Variable(environment, "JOB_COMPLETION_INDEX", "k8s (run it in an Indexed Job)");
    if (!index.ok()) return index.error();
    auto count =
        Variable(environment, "SPOKEN_SHARD_COUNT", "k8s (set it to the Job's completions)");
    if (!count.ok()) return count.error();
    return Checked(*index, *count, "k8s");
  }
  const std::string text(spec);
  const size_t slash = spec.find('/');
  const auto k = slash == std::string_view::npos ? std::nullopt : ParseCount(spec.substr(0, slash));
  const auto n =
      slash == std::string_view::npos ? std::nullopt : ParseCount(spec.substr(slash + 1));
  if (!k || !n) {
    return ConfigError("--shard \"" + text +
                       "\": expected K/N (shard K of N, K from 1 to N, as in 2/3), slurm or k8s");
  }
  if (*k == 0)
    return ConfigError("--shard " + text + ": K counts from 1 (1/" + std::to_string(*n) +
                       " is the first shard)");
  return Checked(*k - 1, *n, text);
}

}  // namespace spoken
