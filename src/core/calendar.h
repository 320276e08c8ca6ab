// The proleptic Gregorian calendar's rules, for checking and formatting ISO dates.
#pragma once

namespace spoken {

/// Divisible by 4, except centuries not divisible by 400 (2000 is, 1900 is not).
bool IsLeapYear(int year);

/// Days in `month` (1-12) of `year`; 0 for a month outside 1-12.
int DaysInMonth(int year, int month);

}  // namespace spoken
