#include "text/text_direction.h"

#include <unicode/uloc.h>

#include <string>

#include "core/language_tag.h"

namespace spoken {

bool IsRightToLeft(std::string_view language_tag) {
  if (language_tag.empty()) return false;
  const std::string tag = LowerCaseTag(language_tag);
  char locale[ULOC_FULLNAME_CAPACITY] = {};
  UErrorCode status = U_ZERO_ERROR;
  int32_t parsed = 0;
  uloc_forLanguageTag(tag.c_str(), locale, sizeof locale, &parsed, &status);
  if (U_FAILURE(status) || parsed == 0) return false;
  return uloc_isRightToLeft(locale) != 0;
}

}  // namespace spoken
