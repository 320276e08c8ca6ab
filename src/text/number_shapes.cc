#include "text/number_shapes.h"

#include <algorithm>

namespace spoken {

bool OrdinalSuffixFits(std::string_view digits, std::string_view suffix, const LocaleData& data) {
  if (digits.empty() || data.ordinal_suffixes[0].empty()) return false;
  std::string lower(suffix);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  const int last = digits.back() - '0';
  const int tens = digits.size() > 1 ? digits[digits.size() - 2] - '0' : 0;
  const size_t index = (tens != 1 && last >= 1 && last <= 3) ? static_cast<size_t>(last) : 0;
  return lower == data.ordinal_suffixes[index];
}

bool LooksLikeYear(std::string_view digits) {
  if (digits.size() != 4) return false;
  return (digits[0] == '1' && digits[1] >= '1') || (digits[0] == '2' && digits[1] == '0');
}

namespace {

bool IsIdentifier(const WrittenNumber& n, const LocaleData& data) {
  if (n.grouped || n.has_point) return false;
  return (data.identifier_digits > 0 && n.integer.size() >= data.identifier_digits) ||
         (n.integer.size() > 1 && n.integer[0] == '0');
}

}  // namespace

std::string SayNumberShape(std::string_view written, const LocaleData& data,
                           const NumberWords& numbers, NumberStyle style) {
  WrittenNumber n;
  if (!ParseWrittenNumber(written, data, n)) return "";
  if (!IsIdentifier(n, data)) return numbers.Number(written, style);
  std::string out = n.negative ? std::string(data.minus) + " " : "";
  return out + numbers.Digits(n.integer);
}

bool ReadsAsDigits(std::string_view written, const LocaleData& data) {
  WrittenNumber n;
  return ParseWrittenNumber(written, data, n) && IsIdentifier(n, data);
}

std::string RuleOfNumber(std::string_view written, const LocaleData& data) {
  WrittenNumber n;
  if (!ParseWrittenNumber(written, data, n)) return "number";
  if (n.has_point) return "decimal";
  if (IsIdentifier(n, data)) return "digits";
  return "cardinal";
}

std::string PluralOfNumberWord(std::string words) {
  if (words.empty()) return words;
  if (words.back() == 'y') {
    words.pop_back();
    return words + "ies";
  }
  if (words.back() == 'x') return words + "es";
  return words + "s";
}

}  // namespace spoken
