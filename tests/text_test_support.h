// Shared by the text_*_test.cc files: the spoken form of one line.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "text/spoken_form.h"

namespace spoken {

/// The spoken form of `text` in `locale`. Building a normalizer compiles ICU rule sets, so
/// each locale's is built once per test binary.
inline std::string Say(const std::string& text, const std::string& locale = "en-US") {
  static std::map<std::string, std::unique_ptr<SpokenFormNormalizer>> normalizers;
  auto& normalizer = normalizers[locale];
  if (!normalizer) normalizer = std::move(SpokenFormNormalizer::Create({.locale = locale})).value();
  return normalizer->Normalize(text).spoken;
}

}  // namespace spoken
