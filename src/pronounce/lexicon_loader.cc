#include "pronounce/lexicon_loader.h"

#include <filesystem>

namespace spoken {

std::string BundledLexiconPath(const std::string& lexicons_dir, const std::string& language) {
  std::string primary = language.substr(0, language.find_first_of("-_"));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::filesystem::path path = std::filesystem::path(lexicons_dir) / (primary + ".pls");
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
