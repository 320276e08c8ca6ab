#include "core/language_tag.h"

#include "core/ascii.h"

namespace spoken {

std::string PrimaryLanguage(std::string_view tag) {
  return AsciiLower(tag.substr(0, tag.find_first_of("-_")));
}

std::string LowerCaseTag(std::string_view tag) {
  std::string out = AsciiLower(tag);
  for (char& c : out) {
    if (c == '_') c = '-';
  }
  return out;
}

bool SamePrimaryLanguage(std::string_view a, std::string_view b) {
  return PrimaryLanguage(a) == PrimaryLanguage(b);
}

}  // namespace spoken
