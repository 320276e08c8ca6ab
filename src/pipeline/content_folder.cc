#include "pipeline/content_folder.h"

#include <filesystem>

#include "pipeline/file_io.h"

namespace spoken {

bool IsArticlePath(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  return ext == ".md" || ext == ".html" || ext == ".htm" || ext == ".txt";
}

std::vector<std::string> ContentArticles(const std::string& folder) {
  std::vector<std::string> paths;
  auto entries = ListFolder(folder);
  if (!entries.ok()) return paths;
  for (const std::string& entry : *entries) {
    if (IsArticlePath(entry) && IsRegularFile(entry)) paths.push_back(entry);
  }
  return paths;
}

}  // namespace spoken
