#include "text/engine_chars.h"

#include <unicode/uchar.h>

namespace spoken {

bool EngineKnowsCharacter(char32_t c) {
  if (c == U'\t' || c == U'\n' || c == U'\r') return true;
  const auto code_point = static_cast<UChar32>(c);
  switch (u_charType(code_point)) {
    case U_UNASSIGNED:
    case U_CONTROL_CHAR:
    case U_PRIVATE_USE_CHAR:
    case U_SURROGATE:
      return false;
    default:
      break;
  }
  if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) return false;  // noncharacters
  UVersionInfo age;
  u_charAge(code_point, age);
  return age[0] <= 9;
}

}  // namespace spoken
