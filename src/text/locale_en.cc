// English rule data (US and UK conventions).
#include "text/locale_data.h"
#include "text/locale_en_words.h"

namespace spoken {
namespace {

// British English: "and" goes before the last tens and units of an amount, and nowhere
// else: 123 -> one hundred and twenty-three, 18081 -> eighteen thousand and eighty-one,
// 123000 -> one hundred twenty-three thousand. American English says no "and" at all and
// uses ICU's %spellout-cardinal.
constexpr std::string_view kEnglishRules =
    "%spellout-amount:\n"
    "-x: minus >>;\n"
    "x.x: =#,##0.#=;\n"
    "0: =%spellout-cardinal=;\n"
    "100: <%spellout-cardinal< hundred[>%%and-final>];\n"
    "1000: <%spellout-cardinal< thousand[>%%and-final>];\n"
    "1000000: <%spellout-cardinal< million[>%%and-final>];\n"
    "1000000000: <%spellout-cardinal< billion[>%%and-final>];\n"
    "1000000000000: <%spellout-cardinal< trillion[>%%and-final>];\n"
    "1000000000000000: <%spellout-cardinal< quadrillion[>%%and-final>];\n"
    "1000000000000000000: =#,##0=;\n"
    "%%and-final:\n"
    "1: ' and =%spellout-cardinal=;\n"
    "100: ' =%spellout-amount=;\n";

constexpr UnitWords kUnits[] = {
    // Compound units first: the longest written form wins.
    {"km/h", "kilometer per hour", "kilometers per hour"},
    {"kph", "kilometer per hour", "kilometers per hour"},
    {"mph", "mile per hour", "miles per hour"},
    {"m/s", "meter per second", "meters per second"},
    {"mg/dL", "milligram per deciliter", "milligrams per deciliter", true},
    {"mg/L", "milligram per liter", "milligrams per liter"},
    {"mmol/L", "millimole per liter", "millimoles per liter", true},
    {"µg/mL", "microgram per milliliter", "micrograms per milliliter"},
    {"ng/mL", "nanogram per milliliter", "nanograms per milliliter"},
    {"mg/kg", "milligram per kilogram", "milligrams per kilogram"},
    {"kg/m²", "kilogram per square meter", "kilograms per square meter"},
    {"mmHg", "millimeter of mercury", "millimeters of mercury"},
    {"mbps", "megabit per second", "megabits per second", true},
    {"gbps", "gigabit per second", "gigabits per second", true},
    {"kbps", "kilobit per second", "kilobits per second", true},
    {"km²", "square kilometer", "square kilometers"},
    {"km2", "square kilometer", "square kilometers"},
    {"sq km", "square kilometer", "square kilometers"},
    {"sq mi", "square mile", "square miles"},
    {"km³", "cubic kilometer", "cubic kilometers"},
    {"m²", "square meter", "square meters"},
    {"m³", "cubic meter", "cubic meters"},
    {"cm²", "square centimeter", "square centimeters"},
    {"cm³", "cubic centimeter", "cubic centimeters"},
    {"cc", "cubic centimeter", "cubic centimeters"},
    {"sq ft", "square foot", "square feet"},
    {"°C", "degree Celsius", "degrees Celsius"},
    {"°F", "degree Fahrenheit", "degrees Fahrenheit"},
    {"℃", "degree Celsius", "degrees Celsius"},
    {"℉", "degree Fahrenheit", "degrees Fahrenheit"},
    {"°", "degree", "degrees"},
    {"kg", "kilogram", "kilograms", true},
    {"mg", "milligram", "milligrams"},
    {"µg", "microgram", "micrograms"},
    {"μg", "microgram", "micrograms"},
    {"mcg", "microgram", "micrograms"},
    {"ng", "nanogram", "nanograms"},
    {"g", "gram", "grams"},
    {"km", "kilometer", "kilometers", true},
    {"cm", "centimeter", "centimeters"},
    {"mm", "millimeter", "millimeters"},
    {"µm", "micrometer", "micrometers"},
    {"μm", "micrometer", "micrometers"},
    {"nm", "nanometer", "nanometers"},
    {"m", "meter", "meters"},
    {"mL", "milliliter", "milliliters"},
    {"ml", "milliliter", "milliliters"},
    {"µL", "microliter", "microliters"},
    {"dL", "deciliter", "deciliters"},
    {"L", "liter", "liters"},
    {"mi", "mile", "miles"},
    {"ft", "foot", "feet"},
    {"yd", "yard", "yards"},
    {"lbs", "pound", "pounds"},
    {"lb", "pound", "pounds"},
    {"oz", "ounce", "ounces"},
    {"gal", "gallon", "gallons"},
    {"mmol", "millimole", "millimoles"},
    {"mol", "mole", "moles"},
    {"kcal", "kilocalorie", "kilocalories"},
    {"kWh", "kilowatt hour", "kilowatt hours"},
    {"kW", "kilowatt", "kilowatts"},
    {"MW", "megawatt", "megawatts"},
    {"W", "watt", "watts"},
    {"kHz", "kilohertz", "kilohertz"},
    {"MHz", "megahertz", "megahertz"},
    {"GHz", "gigahertz", "gigahertz"},
    {"Hz", "hertz", "hertz"},
    {"mV", "millivolt", "millivolts"},
    {"V", "volt", "volts"},
    {"mA", "milliampere", "milliamperes"},
    {"GB", "gigabyte", "gigabytes"},
    {"MB", "megabyte", "megabytes"},
    {"TB", "terabyte", "terabytes"},
    {"KB", "kilobyte", "kilobytes"},
    {"ms", "millisecond", "milliseconds"},
    {"min", "minute", "minutes"},
    {"hrs", "hour", "hours"},
    {"hr", "hour", "hours"},
    {"h", "hour", "hours"},
    {"yrs", "year", "years"},
    {"mo", "month", "months"},
    {"wk", "week", "weeks"},
    {"yr", "year", "years"},
    {"d", "day", "days", false, true},
    {"s", "second", "seconds", false, true},
    {"%", "percent", "percent"},
    {"‰", "per mille", "per mille"},
};

constexpr std::string_view kYearPrepositions[] = {
    "in",     "by",    "of", "since", "until", "till",   "from", "after", "before", "about",
    "around", "circa", "ca", "c",     "year",  "during", "to",   "and",   "or",     "between"};
constexpr std::string_view kCountNouns[] = {
    "miles",       "feet",       "yards",    "meters",   "metres",  "kilometers", "acres",
    "tons",        "pounds",     "dollars",  "men",      "women",   "people",     "persons",
    "soldiers",    "troops",     "horses",   "ships",    "guns",    "copies",     "pages",
    "inhabitants", "households", "families", "students", "members", "prisoners",  "votes",
    "words",       "houses",     "cattle",   "sheep",    "head",    "years",      "days"};

constexpr std::string_view kIdentifierNouns[] = {
    "code",     "zip",      "postcode", "account",   "acct",    "card",      "phone",  "telephone",
    "tel",      "fax",      "call",     "dial",      "serial",  "pin",       "id",     "patent",
    "ticket",   "order",    "invoice",  "reference", "ref",     "number",    "no",     "item",
    "model",    "part",     "flight",   "extension", "ext",     "box",       "suite",  "room",
    "file",     "case",     "docket",   "license",   "licence", "policy",    "claim",  "tracking",
    "customer", "member",   "user",     "version",   "build",   "accession", "record", "sheet",
    "catalog",  "catalogue"};

constexpr CurrencyWords kCurrencies[] = {
    {"US$", "US dollar", "US dollars", "cent", "cents"},
    {"$", "dollar", "dollars", "cent", "cents"},
    {"€", "euro", "euros", "cent", "cents"},
    {"£", "pound", "pounds", "penny", "pence"},
    {"¥", "yen", "yen", "", ""},
    {"₩", "won", "won", "", ""},
    {"₹", "rupee", "rupees", "paisa", "paise"},
    {"USD", "US dollar", "US dollars", "cent", "cents"},
    {"EUR", "euro", "euros", "cent", "cents"},
    {"GBP", "pound", "pounds", "penny", "pence"},
    {"JPY", "yen", "yen", "", ""},
    {"CNY", "yuan", "yuan", "", ""},
    {"CHF", "Swiss franc", "Swiss francs", "", ""},
};

constexpr Replacement kScaleWords[] = {
    {"thousand", "thousand"}, {"million", "million"}, {"billion", "billion"},
    {"trillion", "trillion"}, {"bn", "billion"},      {"b", "billion"},
    {"B", "billion"},         {"m", "million"},       {"M", "million"},
    {"k", "thousand"},        {"K", "thousand"},      {"tn", "trillion"},
};

constexpr Replacement kSymbols[] = {
    {"&", "and"},
    {"±", "plus or minus"},
    {"×", "times"},
    {"÷", "divided by"},
    {"→", "to"},
    {"←", "from"},
    {"↔", "to and from"},
    {"§", "section"},
    {"§§", "sections"},
    {"≥", "greater than or equal to"},
    {"≤", "less than or equal to"},
    {"≈", "approximately"},
    {"≠", "not equal to"},
    {"<", "less than"},
    {">", "greater than"},
    {"%", "percent"},
    {"#", "hash"},
    {"$", "dollar"},
    {"€", "euro"},
    {"£", "pound"},
    {"¥", "yen"},
    {"₩", "won"},
    {"@", "at"},
    {"°", "degrees"},
    {"µ", "micro"},
    {"™", "trademark"},
    {"©", "copyright"},
    {"®", "registered"},
    {"=", "equals"},
    {"+", "plus"},
    {"−", "minus"},
    {"*", "asterisk"},
    {"~", "approximately"},
};

constexpr Replacement kTopLevelDomains[] = {
    {"com", "com"}, {"org", "org"},  {"net", "net"},   {"edu", "edu"},
    {"gov", "gov"}, {"jpg", "jpeg"}, {"html", "HTML"}, {"htm", "HTM"},
    {"pdf", "PDF"}, {"php", "PHP"},  {"info", "info"}, {"io", "IO"},
};

constexpr Replacement kTollFree[] = {
    {"800", "eight hundred"}, {"888", "triple eight"}, {"877", "eight seven seven"},
    {"866", "eight six six"}, {"900", "nine hundred"},
};

// British -ise spellings an American voice reads as -ize: every "-isation", and the verb
// forms after "al", "ol", "an" ("equalised", "symbolise", "organiser"), whose other words
// ("valise", "anise") are too short to be taken. Other -ise verbs ("realised") already
// sound the same in both spellings, and some -ise words are no verbs ("promise", "treatise").
constexpr Replacement kAmericanEndings[] = {
    {"isation", "ization"}, {"isations", "izations"}, {"alise", "alize"},   {"alised", "alized"},
    {"alises", "alizes"},   {"alising", "alizing"},   {"aliser", "alizer"}, {"alisers", "alizers"},
    {"olise", "olize"},     {"olised", "olized"},     {"olises", "olizes"}, {"olising", "olizing"},
    {"anise", "anize"},     {"anised", "anized"},     {"anises", "anizes"}, {"anising", "anizing"},
    {"aniser", "anizer"},   {"anisers", "anizers"},
};

constexpr Replacement kHalfQuarter[] = {{"2", "half"}, {"4", "quarter"}};
constexpr Replacement kHalvesQuarters[] = {{"2", "halves"}, {"4", "quarters"}};

LocaleData MakeEnglish(EnglishVariant variant) {
  const bool british = variant == EnglishVariant::kBritish;
  return LocaleData{
      .language = "en",
      .extra_rbnf_rules = kEnglishRules,
      .amount_rule_set = british ? "%spellout-amount" : "%spellout-cardinal",
      .plain_rule_set = "%spellout-cardinal",
      .alone_rule_set = british ? "%spellout-amount" : "%spellout-cardinal",
      .ordinal_rule_set = "%spellout-ordinal",
      .year_rule_set = "%spellout-numbering-year",
      .years_in_pairs = true,
      .above_quintillion = "quintillion",
      .decimal_separator = u'.',
      .group_separator = u',',
      .digits = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
      .identifier_digits = 5,
      .identifier_nouns = kIdentifierNouns,
      .oh = "oh",
      .oh_in_digit_strings = !british,
      .point = "point",
      .minus = "minus",
      .plus = "plus",
      .equals = "equals",
      .times = "times",
      .per = "per",
      .to = "to",
      .and_word = "and",
      .over = "over",
      .of_word = "of",
      .the_word = "the",
      .dot = "dot",
      .at = "at",
      .slash = "slash",
      .dash = "dash",
      .colon = "colon",
      .ordinal_suffixes = {"th", "st", "nd", "rd"},
      .ordinal_dot_rule_set = "",
      .denominators_singular = kHalfQuarter,
      .denominators_plural = kHalvesQuarters,
      .plural_suffix = "s",
      .denominator_rule_set = "",
      .denominator_suffix = "",
      .and_a = "and a",
      .fraction_and = "and",
      .numeric_date_order = british ? DateOrder::kDayMonthYear : DateOrder::kMonthDayYear,
      .months = {"January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"},
      .month_abbreviations = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct",
                              "Nov", "Dec"},
      .oclock = "o'clock",
      .hour_word = "hour",
      .hours_word = "hours",
      .minute_word = "minute",
      .minutes_word = "minutes",
      .second_word = "second",
      .seconds_word = "seconds",
      .quarter_word = "quarter",
      .time_word = "",
      .duration_rule_set = "%spellout-cardinal",
      .ordinal_cases = {},
      .year_prepositions = kYearPrepositions,
      .count_nouns = kCountNouns,
      .units = kUnits,
      .currencies = kCurrencies,
      .scale_words = kScaleWords,
      .abbreviations = EnglishAbbreviations(),
      .before_names = EnglishBeforeNames(),
      .after_names = EnglishAfterNames(),
      .state_abbreviations = EnglishStateAbbreviations(),
      .symbols = kSymbols,
      .number_sign = "number",
      .top_level_domains = kTopLevelDomains,
      .street_types = EnglishStreetTypes(),
      .regions = EnglishRegions(),
      .roman_contexts = EnglishRomanContexts(),
      .respelled_endings = british ? std::span<const Replacement>{} : kAmericanEndings,
      .toll_free_prefixes = kTollFree,
      .country_code_as_number = false,
      .et_al_brief = "and colleagues",
      .et_al_read = "and others",
      .edition_of = "Audio edition of",
      .by_word = "by",
      .read_by = "read by a synthetic voice",
  };
}

}  // namespace

const LocaleData& EnglishLocaleData(EnglishVariant variant) {
  // Built on first use: the word tables live in locale_en_words.cc.
  static const LocaleData kAmerican = MakeEnglish(EnglishVariant::kAmerican);
  static const LocaleData kBritish = MakeEnglish(EnglishVariant::kBritish);
  return variant == EnglishVariant::kAmerican ? kAmerican : kBritish;
}

}  // namespace spoken
