#include "text/text_direction.h"

#include <unicode/uloc.h>
#include <unicode/uscript.h>

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
  char script[ULOC_SCRIPT_CAPACITY] = {};
  if (uloc_getScript(locale, script, sizeof script, &status) == 0 && U_SUCCESS(status)) {
    // No script subtag: the language's likely script decides, unless that is a historic
    // one (CLDR gives Ancient Greek the Cypriot syllabary, written right to left), which
    // says nothing of how the language is written today; then left to right.
    char likely[ULOC_FULLNAME_CAPACITY] = {};
    uloc_addLikelySubtags(locale, likely, sizeof likely, &status);
    uloc_getScript(likely, script, sizeof script, &status);
    UScriptCode codes[1];
    if (U_SUCCESS(status) && uscript_getCode(script, codes, 1, &status) == 1 &&
        uscript_getUsage(codes[0]) == USCRIPT_USAGE_EXCLUDED) {
      return false;
    }
  }
  return uloc_isRightToLeft(locale) != 0;
}

}  // namespace spoken
