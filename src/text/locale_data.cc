#include "text/locale_data.h"

namespace spoken {

const LocaleData* FindLocaleData(std::string_view language, std::string_view region) {
  if (language == "de") return &GermanLocaleData();
  if (language == "en") {
    // Day-first numeric dates everywhere English is written except the US and Canada.
    const bool month_first = region.empty() || region == "US" || region == "CA" || region == "PH";
    return &EnglishLocaleData(month_first ? DateOrder::kMonthDayYear : DateOrder::kDayMonthYear);
  }
  return nullptr;
}

}  // namespace spoken
