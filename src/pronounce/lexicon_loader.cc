#include "pronounce/lexicon_loader.h"

#include <filesystem>

#include "core/language_tag.h"

namespace spoken {

std::string BundledLexiconPath(const std::string& lexicons_dir, const std::string& language) {
  const std::filesystem::path path =
      std::filesystem::path(lexicons_dir) / (PrimaryLanguage(language) + ".pls");
  std::error_code error;
  return std::filesystem::is_regular_file(path, error) ? path.string() : "";
}

Result<LexiconSet> LoadArticleLexicons(const ArticleInfo& info, const std::string& lexicons_dir,
                                       const std::string& voice_language,
                                       std::vector<std::string>* warnings) {
  std::vector<std::string> paths;
  if (std::string bundled = BundledLexiconPath(lexicons_dir, info.language); !bundled.empty()) {
    paths.push_back(std::move(bundled));
  }
  paths.insert(paths.end(), info.lexicons.begin(), info.lexicons.end());
  std::vector<Lexicon> lexicons;
  for (const std::string& path : paths) {
    auto lexicon = LoadLexicon(path);
    if (!lexicon.ok()) return lexicon.error();
    lexicons.push_back(std::move(lexicon).value());
  }
  return LexiconSet::Build(lexicons, voice_language, warnings);
}

}  // namespace spoken
