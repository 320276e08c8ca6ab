#include "pronounce/lexicon_loader.h"

#include <algorithm>
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
                                       std::vector<std::string>* warnings,
                                       const std::vector<std::string>& passage_languages) {
  std::vector<std::string> paths;
  std::vector<std::string> languages{info.language};
  languages.insert(languages.end(), passage_languages.begin(), passage_languages.end());
  for (const std::string& language : languages) {
    std::string bundled = BundledLexiconPath(lexicons_dir, language);
    if (!bundled.empty() && std::find(paths.begin(), paths.end(), bundled) == paths.end()) {
      paths.push_back(std::move(bundled));
    }
  }
  paths.insert(paths.end(), info.lexicons.begin(), info.lexicons.end());
  std::vector<Lexicon> lexicons;
  for (const std::string& path : paths) {
    auto lexicon = LoadLexicon(path);
    if (!lexicon.ok()) return lexicon.error();
    if (warnings != nullptr) {
      warnings->insert(warnings->end(), lexicon->warnings.begin(), lexicon->warnings.end());
    }
    lexicons.push_back(std::move(lexicon).value());
  }
  return LexiconSet::Build(lexicons, voice_language, warnings);
}

}  // namespace spoken
