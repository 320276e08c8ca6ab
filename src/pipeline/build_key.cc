#include "pipeline/build_key.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "core/language_tag.h"
#include "core/sha256.h"
#include "pipeline/figure_images.h"
#include "pipeline/file_io.h"
#include "pronounce/lexicon_loader.h"
#include "settings/settings_reader.h"

namespace spoken {

namespace fs = std::filesystem;

namespace {

// spoken.yaml without its `publish:` section, which only the site files depend on: a
// new feed length re-renders no edition. Text that does not parse counts whole.
std::string EditionSettings(const std::string& text, const std::string& path) {
  auto document = SettingsDocument::Parse(text, path, ErrorCode::kConfig);
  return document.ok() ? document->TextWithoutTopLevelEntry(kPublishSection) : text;
}

}  // namespace

std::string BuildKey(const Article& article, const BuildConfig& config) {
  const ArticleInfo& info = article.info;
  const std::string lexicons_dir = (fs::path(config.voices_dir) / "lexicons").string();
  std::vector<std::string> inputs = {
      config.config_path, (fs::path(config.voices_dir) / (info.voice + ".yaml")).string(),
      BundledLexiconPath(lexicons_dir, info.language)};
  // The profiles the article's language may pick instead (pipeline/voice_choice.h).
  const auto add_profiles_of = [&](const std::string& language) {
    for (const std::string& name : {LowerCaseTag(language), PrimaryLanguage(language)}) {
      const std::string path = (fs::path(config.voices_dir) / (name + ".yaml")).string();
      if (std::find(inputs.begin(), inputs.end(), path) == inputs.end()) inputs.push_back(path);
    }
  };
  add_profiles_of(info.language);
  // A passage's voice, and its language's bundled lexicon (whether there is one yet or not).
  for (const std::string& language : PassageLanguages(article)) {
    add_profiles_of(language);
    inputs.push_back((fs::path(lexicons_dir) / (PrimaryLanguage(language) + ".pls")).string());
  }
  inputs.insert(inputs.end(), info.lexicons.begin(), info.lexicons.end());
  for (const Section& section : article.sections) {
    for (const Block& block : section.blocks) {
      if (block.kind != BlockKind::kFigure || block.image.empty()) continue;
      std::error_code error;
      const std::string file = FigureImageFile(block.image, info.source_path);
      // A picture too large for the book is not read (nor put in the book); a missing one
      // counts as empty, so that adding it makes a new key.
      const uintmax_t size = file.empty() ? 0 : fs::file_size(file, error);
      if (!file.empty() && (error || size <= kMaxFigureImageBytes)) {
        inputs.push_back(file);
      }
    }
  }
  std::string summary =
      std::string("spoken ") + SPOKEN_VERSION + "\n" + article.source_sha256 + "\n";
  for (const std::string& path : inputs) {
    auto content = ReadFile(path);
    std::string bytes = content.ok() ? *content : std::string();
    if (path == config.config_path) bytes = EditionSettings(bytes, path);
    summary += path + "\n" + Sha256Hex(bytes) + "\n";
  }
  return Sha256Hex(summary);
}

}  // namespace spoken
