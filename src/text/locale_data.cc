#include "text/locale_data.h"

namespace spoken {

const LocaleData* FindLocaleData(std::string_view language, std::string_view region) {
  if (language == "de") return &GermanLocaleData();
  if (language == "es") return &SpanishLocaleData();
  if (language == "fr") return &FrenchLocaleData();
  if (language == "it") return &ItalianLocaleData();
  if (language == "pt") return &PortugueseLocaleData();
  if (language == "en") {
    // British conventions everywhere English is written except North America and the
    // Philippines.
    const bool american = region.empty() || region == "US" || region == "CA" || region == "PH";
    return &EnglishLocaleData(american ? EnglishVariant::kAmerican : EnglishVariant::kBritish);
  }
  return nullptr;
}

}  // namespace spoken
