// How the shape of a written number decides its reading, shared by the rules.
#pragma once

#include <string>
#include <string_view>

#include "text/locale_data.h"
#include "text/number_words.h"

namespace spoken {

/// True when `suffix` ("st", "ND", ...) is the right ordinal suffix for `digits` ("22nd").
bool OrdinalSuffixFits(std::string_view digits, std::string_view suffix, const LocaleData& data);

/// True for digits that read as a year in running text: 1100 to 2099, four digits.
bool LooksLikeYear(std::string_view digits);

/// A number standing alone. Amounts are read as numbers ("13,000", "9000", "-0.1");
/// an ungrouped run of five or more digits, or a run with a leading zero, is an
/// identifier (ZIP code, account, reference) and is read digit by digit, because
/// amounts of that size are written with group separators (LocaleData::
/// identifier_digits; German text writes amounts ungrouped too). "" when not a number.
std::string SayNumberShape(std::string_view written, const LocaleData& data,
                           const NumberWords& numbers, NumberStyle style = NumberStyle::kAmount);

/// True when SayNumberShape reads `written` digit by digit (an identifier, not an amount).
bool ReadsAsDigits(std::string_view written, const LocaleData& data);

/// The --explain rule name for a number that SayNumberShape reads.
std::string RuleOfNumber(std::string_view written, const LocaleData& data);

/// The plural of a spelled number used as a noun, for decades: "eighty" -> "eighties",
/// "ten" -> "tens", "thousand" -> "thousands" (English); German gets "er" forms elsewhere.
std::string PluralOfNumberWord(std::string words);

}  // namespace spoken
