#include "document/slug.h"

#include <filesystem>

#include "encoding/decode.h"

namespace spoken {

Result<std::string> SlugOfPath(const std::string& path) {
  const std::string slug = std::filesystem::path(path).stem().string();
  const auto refuse = [&](const std::string& why) {
    return InvalidInput(path + ": the file name cannot be a slug (" + why + "); rename the file");
  };
  if (slug.empty()) return refuse("it is empty");
  if (slug.front() == '.') return refuse("it starts with '.'");
  if (slug.size() > kMaxSlugBytes) {
    return refuse("longer than " + std::to_string(kMaxSlugBytes) + " bytes");
  }
  for (const char c : slug) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) return refuse("it holds a control character");
    if (c == '\\') return refuse("it holds a backslash");
  }
  auto decoded = DecodeToUtf8(slug, "UTF-8");
  if (!decoded.ok() || !decoded->invalid_offsets.empty()) return refuse("it is not UTF-8");
  return slug;
}

}  // namespace spoken
