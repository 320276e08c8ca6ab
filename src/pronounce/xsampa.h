// X-SAMPA -> IPA, so that x-sampa lexicons take the same path as ipa ones.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spoken {

struct XSampaConversion {
  std::string ipa;                   // UTF-8 IPA
  std::vector<std::string> unknown;  // X-SAMPA symbols with no IPA equivalent (dropped)
};

/// Converts one X-SAMPA transcription to IPA, longest symbol first ("r\\" before "r",
/// "_h" before "_"). Spaces are kept as word breaks. Thread-safe (pure function).
XSampaConversion XSampaToIpa(std::string_view xsampa);

}  // namespace spoken
