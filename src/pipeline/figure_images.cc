#include "pipeline/figure_images.h"

#include <filesystem>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>

#include "core/ascii.h"
#include "pipeline/file_io.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

struct ImageType {
  const char* media_type;
  const char* extension;
};

// The core media type of an image by its first bytes; nullopt for any other.
std::optional<ImageType> SniffImage(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return ImageType{"image/png", "png"};
  if (bytes.starts_with("\xFF\xD8\xFF")) return ImageType{"image/jpeg", "jpg"};
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) {
    return ImageType{"image/gif", "gif"};
  }
  if (bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP") {
    return ImageType{"image/webp", "webp"};
  }
  return std::nullopt;
}

}  // namespace

std::string FigureImageFile(std::string_view src, const std::string& source_path,
                            std::string* why_not) {
  std::string ignored;
  std::string& reason = why_not == nullptr ? ignored : *why_not;
  src = src.substr(0, src.find_first_of("?#"));
  const size_t colon = src.find(':');
  if (colon != std::string_view::npos && colon < src.find('/')) {
    reason = "it is a URL, and Spoken never downloads";
    return "";
  }
  std::string path;
  for (size_t i = 0; i < src.size(); ++i) {
    const int high = i + 2 < src.size() ? AsciiHexValue(src[i + 1]) : -1;
    const int low = high >= 0 ? AsciiHexValue(src[i + 2]) : -1;
    if (src[i] == '%' && low >= 0) {
      path += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      path += src[i];
    }
  }
  const fs::path relative(path);
  bool climbs = false;
  for (const fs::path& step : relative) climbs = climbs || step == "..";
  if (path.empty() || relative.is_absolute() || path.front() == '/' || climbs ||
      path.find('\0') != std::string::npos) {
    reason = "only a relative path inside the article's folder is taken";
    return "";
  }
  return (fs::path(source_path).parent_path() / path).string();
}

std::vector<EpubImage> CollectFigureImages(const Script& script, const std::string& source_path,
                                           std::vector<std::string>& warnings) {
  std::vector<EpubImage> images;
  std::set<std::string> seen;  // image sources
  for (const ScriptSection& section : script.sections) {
    for (const ScriptBlock& block : section.blocks) {
      if (block.kind != ScriptBlockKind::kFigure || block.image.empty() ||
          !seen.insert(block.image).second) {
        continue;
      }
      std::string reason;
      const std::string file = FigureImageFile(block.image, source_path, &reason);
      std::optional<ImageType> type;
      std::string bytes;
      if (!file.empty()) {
        std::error_code error;
        const auto size = fs::file_size(file, error);
        if (error || !IsRegularFile(file)) {
          reason = "no such file";
        } else if (size > kMaxFigureImageBytes) {
          reason = "larger than " + std::to_string(kMaxFigureImageBytes >> 20) + " MiB";
        } else if (auto read = ReadFile(file); !read.ok()) {
          reason = read.error().message;
        } else if (type = SniffImage(*read); !type) {
          reason = "not a PNG, JPEG, GIF or WebP image";
        } else {
          bytes = std::move(read).value();
        }
      }
      if (!type) {
        warnings.push_back(source_path + ": image " + block.image +
                           " is not in the EPUB: " + reason + "; the figure shows its caption");
        continue;
      }
      images.push_back(
          {.source = block.image,
           .href = "images/image-" + std::to_string(images.size() + 1) + "." + type->extension,
           .media_type = type->media_type,
           .bytes = std::move(bytes)});
    }
  }
  return images;
}

}  // namespace spoken
