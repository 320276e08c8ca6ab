// GenericLocaleData: rule data drawn from ICU alone, for a language without a hand-written
// table (locale_en.cc, locale_de.cc, ...). It names the locale's spellout rule sets, its
// separators, month names and numeric date order, so that the date, year and number rules
// speak the language; rules that need words ICU does not have (units, money, times,
// abbreviations) are not run, and what they would read is left to eSpeak NG.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "text/locale_data.h"

namespace spoken {

class GenericLocaleData {
 public:
  /// The data for the BCP 47 `language` subtag ("ru", "id", "ko"). Never fails: without
  /// spellout rules for the language, or with rules that write Han ideographs (ja, zh,
  /// yue: eSpeak NG reads their digits, not their ideographs), has_spellout() is false and
  /// only the typographic clean-up applies.
  static std::unique_ptr<GenericLocaleData> Create(std::string_view language);
  GenericLocaleData(const GenericLocaleData&) = delete;
  GenericLocaleData& operator=(const GenericLocaleData&) = delete;

  /// Valid while this object lives (its views point into it).
  const LocaleData& data() const { return data_; }
  /// True when ICU has spellout rules (number words) for the language that eSpeak NG can read.
  bool has_spellout() const { return has_spellout_; }

 private:
  GenericLocaleData() = default;
  LocaleData data_{};
  bool has_spellout_ = false;
  std::string language_, amount_, plain_, ordinal_, year_, point_, minus_;
  std::array<std::string, 10> digits_;
  std::array<std::string, 12> months_, month_abbreviations_;
};

}  // namespace spoken
