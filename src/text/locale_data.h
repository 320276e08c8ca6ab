// LocaleData: the words, tables and ICU rule sets that make the spoken-form rules speak one
// language. A new locale is a new table (see locale_en.cc, locale_de.cc), not new code.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace spoken {

/// A unit of measure. `symbol` is matched exactly (case-sensitive) unless `any_case`.
struct UnitWords {
  std::string_view symbol;    // "km/h", "mg", "°C"
  std::string_view singular;  // "kilometer per hour"
  std::string_view plural;    // "kilometers per hour"
  bool any_case = false;      // "KG" and "kg" alike (only for symbols that stay unambiguous)
  bool per_only = false;      // only after "/" ("m/s", "$1/d"): alone it is too ambiguous
  bool feminine = false;      // counted with LocaleData::feminine_rule_set ("una hora")
  bool number_alone = false;  // no noun to count: the number is said alone ("uno por ciento")
};

/// A currency, written as a symbol before the amount or as an ISO code before or after it.
struct CurrencyWords {
  std::string_view symbol;          // "$", "€", "USD"
  std::string_view singular;        // "dollar"
  std::string_view plural;          // "dollars"
  std::string_view minor_singular;  // "cent"; empty: no minor unit is read
  std::string_view minor_plural;    // "cents"
  bool feminine = false;            // counted with LocaleData::feminine_rule_set ("una libra")
};

/// A written form read as fixed words: abbreviations, initialisms, symbols.
struct Replacement {
  std::string_view written;  // "Dr.", "e.g.", "&"
  std::string_view spoken;   // "Doctor", "for example", "and"
};

/// A word that, before a Roman numeral, decides how it is read (roman_rule.cc).
enum class RomanContextKind {
  kLabel,  // "Chapter IV" -> "Chapter four" (any case: "CHAPTER IV")
  kTitle,  // "King Henry VIII", "Pope Pius IX": the name after it takes "the eighth"
  kName,   // a regnal name: "Henry VIII" -> "Henry the eighth"
};
struct RomanContext {
  std::string_view word;  // "Chapter", "King", "Henry"
  RomanContextKind kind;
};

/// A word before an ordinal that decides its ending, as German case does: after "am" the
/// day is "zweiten" ("am 2. Mai"), after "der" it is "zweite"; with no such word the
/// locale's ordinal_rule_set applies ("2. Mai" -> "zweiter Mai").
struct OrdinalCase {
  std::string_view word;      // compared without case: "am", "der"
  std::string_view rule_set;  // "%spellout-ordinal-n"
};

/// A mark after digits that makes them an ordinal ("1.º", "2ª", "3e", "1er"), and the
/// spellout rule set it asks for (gender and number).
struct OrdinalMarker {
  std::string_view written;   // ".º", "ª", "er"
  std::string_view rule_set;  // "%spellout-ordinal-feminine"
};

enum class DateOrder { kMonthDayYear, kDayMonthYear };

/// The digits of the two groups of a local telephone number: {3, 4} for "555-1234".
struct TelephoneGroups {
  size_t first, second;
};

struct LocaleData {
  std::string_view language;  // BCP 47 language subtag: "en", "de"

  // Number words. Rule set names refer to ICU's spellout rules for the language plus
  // `extra_rbnf_rules`, which are appended to them.
  std::string_view extra_rbnf_rules;
  std::string_view amount_rule_set;    // counts, money, measures ("one hundred and five")
  std::string_view plain_rule_set;     // codes, fractions ("one hundred five")
  std::string_view alone_rule_set;     // a number on its own ("eins"; English: as amounts)
  std::string_view ordinal_rule_set;   // "twenty-second"
  std::string_view year_rule_set;      // "twenty twenty-six"
  bool years_in_pairs;                 // three-digit years too: "453" -> "four fifty-three"
  std::string_view above_quintillion;  // scale word for 10^18 (beyond ICU's int64 rules)
  char16_t decimal_separator;
  char16_t group_separator;
  std::array<std::string_view, 10> digits;  // "zero", "one", ... for digit-by-digit reading
  size_t identifier_digits;  // an ungrouped run this long is read digit by digit; 0: never
  // Lowercase words before such a run that name an identifier ("code 90210", "account");
  // after any other lowercase word it counts something and is read as a number
  // ("numbering 326742"). Alone or after a capitalized code ("N 21770") it stays digits.
  std::span<const std::string_view> identifier_nouns = {};
  std::string_view oh;  // "oh" for a leading zero in a two-digit year or house number
  // Digit-by-digit reading says `oh` for a 0 among other digits ("1.07", "90210", ISBNs);
  // a 0 alone stays digits[0] ("1.0" -> "one point zero"). false: always digits[0].
  bool oh_in_digit_strings = false;
  std::string_view point;  // decimal point word
  std::string_view minus, plus, equals, times, per, to, and_word, over, of_word, the_word;
  std::string_view dot, at, slash, dash, colon;  // electronic addresses

  // Ordinals written with digits: suffixes per last digits ("1st", "22nd"); empty: none.
  // Index 0: the general suffix; 1..3: after a last digit 1..3 unless the tens digit is 1.
  std::array<std::string_view, 4> ordinal_suffixes;
  std::string_view ordinal_dot_rule_set;  // "25." as ordinal (German); empty: none

  // Fractions: denominators with their own words; others are ordinals (+ plural suffix).
  std::span<const Replacement> denominators_singular;  // "2" -> "half", "4" -> "quarter"
  std::span<const Replacement> denominators_plural;    // "2" -> "halves"
  std::string_view plural_suffix;                      // "s" (English ordinals as nouns)
  std::string_view denominator_rule_set;  // German: "%spellout-ordinal" ("dritte" -> "Drittel")
  std::string_view denominator_suffix;    // German: "l"; empty: ordinals + plural_suffix
  std::string_view and_a;                 // "and a" in "two and a half"; German "ein"
  std::string_view fraction_and;          // "and" in "two and three quarters"; German ""

  // Dates and times.
  DateOrder numeric_date_order;
  std::array<std::string_view, 12> months;
  std::array<std::string_view, 12> month_abbreviations;  // without the dot: "Jan", "Sept"
  std::string_view oclock;                               // "o'clock"; empty: "<h> Uhr"
  std::string_view hour_word, hours_word, minute_word, minutes_word, second_word, seconds_word;
  std::string_view quarter_word;       // "quarter" as in "second quarter of"
  std::string_view time_word;          // written after a time and read once: "Uhr"; empty: none
  std::string_view duration_rule_set;  // counts of minutes and seconds: German "eine Minute"
  // Words after which an ordinal takes another ending ("am 25. Juli" -> "fünfundzwanzigsten").
  std::span<const OrdinalCase> ordinal_cases;

  std::span<const std::string_view> year_prepositions;  // "in", "by": 1000-1099 is a year after
  std::span<const std::string_view> count_nouns;  // "miles", "men": a four-digit number before
                                                  // one is a count, not a year

  std::span<const UnitWords> units;
  std::span<const CurrencyWords> currencies;
  std::span<const Replacement> scale_words;          // "billion", "bn", "b" -> "billion"
  std::span<const Replacement> abbreviations;        // case-sensitive, whole tokens
  std::span<const Replacement> before_names;         // before a capitalized word: "St" -> "Saint"
  std::span<const Replacement> after_names;          // after a capitalized word: "jr" -> "junior"
  std::span<const Replacement> state_abbreviations;  // after "Place, ": "Ga." -> "Georgia"
  std::span<const Replacement> symbols;              // single characters and operators
  std::string_view number_sign;                      // "#" before a number: "number"
  std::span<const Replacement> top_level_domains;    // "jpg" -> "jpeg", "com" -> "com"
  std::span<const Replacement> street_types;         // "St" -> "Street"
  std::span<const Replacement> regions;              // "NY" -> "New York" (after a comma)
  std::span<const RomanContext> roman_contexts;
  // Word endings read in another spelling (spelling_rule.cc): American "isation" ->
  // "ization", so that the voice says the word its listeners know. Empty: none.
  std::span<const Replacement> respelled_endings = {};
  std::span<const Replacement> toll_free_prefixes;  // "800" -> "eight hundred"
  // The digit counts of the two groups of a telephone number written without a country or
  // area code ("555-1234": 3 and 4); empty: the North American 3 and 4.
  std::span<const TelephoneGroups> local_telephone_groups = {};
  bool country_code_as_number;   // "+49" -> "plus neunundvierzig" (German), "plus four nine"
  std::string_view et_al_brief;  // "and colleagues"
  std::string_view et_al_read;   // "and others"

  // Romance and generic conventions (empty: the English and German readings above).
  std::string_view day_rule_set;  // a date's day: "%spellout-cardinal-masculine" ("cinco
                                  // de mayo"); empty: an ordinal (ordinal_cases)
  std::string_view first_day;     // the 1st of a month where it is an ordinal: "primero"
  std::string_view date_of_word;  // between day and month and before the year: "de"
  bool dates_day_first = false;   // "abril 30" is read day first: "treinta de abril"
  std::string_view clock_and;     // between hour and minutes: "y", "e"; may be empty with
                                  // clock_hours_word ("dix heures trente")
  bool clock_hours_word = false;  // "catorze horas e trinta": hour_word/hours_word after
                                  // the hour of a clock time
  std::span<const OrdinalMarker> ordinal_markers;  // "1.º" -> "primero"; empty: none
  bool space_groups = false;           // "10 000" is one number (a space groups thousands too)
  bool decimals_as_number = false;     // "3,14" -> "tres coma catorce": up to three decimals as a
                                       // number, more in pairs ("catorce quince"); leading
                                       // zeros one by one; false: digit by digit
  bool clock_minutes_word = false;     // "tre e trentotto minuti": minutes_word after them
  std::string_view clock_quarter;      // ":15" after clock_and: "doce y cuarto"; empty: number
  std::string_view clock_half;         // ":30" after clock_and: "trece y media"; empty: number
  bool dot_clock = false;              // "13.30" alone is a time; false: only before a.m./p.m.
                                       // or time_word (German/French "17.06" is a date)
  std::string_view minutes_rule_set;   // minutes and seconds of a clock time where their
                                       // gender differs from the hours' ("trinta e um
                                       // segundos"); empty: duration_rule_set
  std::string_view feminine_rule_set;  // amounts of feminine units and currencies; empty:
                                       // amount_rule_set
  bool denominator_suffix_below_100 = false;  // Spanish: denominator_suffix ("onceavos",
                                              // with plural_suffix) below 100 only; round
                                              // hundreds as ordinals, others as ratios
  // The number word before denominator_suffix, made one word: `denominator_joins` replaced
  // anywhere ("treinta y uno" -> "treintaiuno", a compound's accent "dieciséis" ->
  // "dieciseis"), then the first of `denominator_endings` that ends it ("cuarenta" ->
  // "cuarent", "treintaiuno" -> "treintaiun"): "cuarentavo", "treintaiunavo".
  std::span<const Replacement> denominator_joins = {};
  std::span<const Replacement> denominator_endings = {};
  std::string_view money_and;      // between the major and minor units: "e" ("doze reais e
                                   // cinco centavos"); empty: none
  std::string_view scale_of_word;  // after a scale word before the currency: "de" ("dos
                                   // billones de euros", "um milhão de reais")
  // A measure of a fraction, the Spanish way (empty: the English way, "three fifths miles"):
  // the fraction, this word and the unit in the singular ("tres quintos de milla", "tres y
  // tres quintos de metro"); a half is the half word of the unit's gender before it
  // ("medio milímetro", "una y media milla").
  std::string_view measure_fraction_of;
  std::array<std::string_view, 2> half_words;  // masculine and feminine: "medio", "media"
  // The announcement that opens an edition: "Audio edition of TITLE, by AUTHOR, read by a
  // synthetic voice." Empty: the language has no such words (generic rules), and the
  // announcement is the title and the author alone (AnnouncementText).
  std::string_view edition_of;
  std::string_view by_word;
  std::string_view read_by;
  std::array<std::string_view, 2> meridiem_words;  // a.m., p.m.: "de la mañana", "de la
                                                   // tarde"; empty: the letters "AM", "PM"
  // 12 a.m. and 12 p.m., where the period has its own words: "de la noche", "del mediodía";
  // empty: meridiem_words.
  std::array<std::string_view, 2> twelve_meridiem_words = {};
};

/// The rule data for a BCP 47 tag ("en-US", "en-GB", "de-DE", "en"), or nullptr when the
/// language has none. The region picks the conventions: English without a region, and
/// en-US, en-CA, en-PH, is American (no "and" in numbers: "three hundred forty"; 03/04 is
/// March 4; "oh" for a 0 among digits: "one point oh seven"; British -isation read as
/// -ization); every other English region is British ("three hundred and forty"; 3 April;
/// "zero"; spellings as written). ISO dates (2008-01-08) are day first in both: "the
/// eighth of January".
/// The returned data is static and immutable.
const LocaleData* FindLocaleData(std::string_view language, std::string_view region);

enum class EnglishVariant { kAmerican, kBritish };
const LocaleData& EnglishLocaleData(EnglishVariant variant);
const LocaleData& GermanLocaleData();
const LocaleData& SpanishLocaleData();
const LocaleData& FrenchLocaleData();
const LocaleData& ItalianLocaleData();
const LocaleData& PortugueseLocaleData();

}  // namespace spoken
