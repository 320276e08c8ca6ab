#include "pipeline/build_key.h"

#include <filesystem>
#include <vector>

#include "core/sha256.h"
#include "pipeline/file_io.h"
#include "pronounce/lexicon_loader.h"

namespace spoken {

namespace fs = std::filesystem;

std::string BuildKey(const Article& article, const BuildConfig& config) {
  const ArticleInfo& info = article.info;
  const std::string lexicons_dir = (fs::path(config.voices_dir) / "lexicons").string();
  std::vector<std::string> inputs = {
      config.config_path, (fs::path(config.voices_dir) / (info.voice + ".yaml")).string(),
      BundledLexiconPath(lexicons_dir, info.language)};
  inputs.insert(inputs.end(), info.lexicons.begin(), info.lexicons.end());
  std::string summary =
      std::string("spoken ") + SPOKEN_VERSION + "\n" + article.source_sha256 + "\n";
  for (const std::string& path : inputs) {
    auto content = ReadFile(path);
    summary += path + "\n" + Sha256Hex(content.ok() ? *content : std::string()) + "\n";
  }
  return Sha256Hex(summary);
}

}  // namespace spoken
