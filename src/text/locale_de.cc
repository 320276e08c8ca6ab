// German rule data: numbers, dates, money and units. ICU's German spellout rule sets do the
// number words; this table only names them and lists the words around numbers.
#include "text/locale_data.h"

namespace spoken {
namespace {

constexpr UnitWords kUnits[] = {
    {"km/h", "Kilometer pro Stunde", "Kilometer pro Stunde"},
    {"m/s", "Meter pro Sekunde", "Meter pro Sekunde"},
    {"mg/dL", "Milligramm pro Deziliter", "Milligramm pro Deziliter", true},
    {"mg/kg", "Milligramm pro Kilogramm", "Milligramm pro Kilogramm"},
    {"km²", "Quadratkilometer", "Quadratkilometer"},
    {"cm³", "Kubikzentimeter", "Kubikzentimeter"},
    {"m²", "Quadratmeter", "Quadratmeter"},
    {"m³", "Kubikmeter", "Kubikmeter"},
    {"°C", "Grad Celsius", "Grad Celsius"},
    {"℃", "Grad Celsius", "Grad Celsius"},
    {"°", "Grad", "Grad"},
    {"kg", "Kilogramm", "Kilogramm", true},
    {"mg", "Milligramm", "Milligramm"},
    {"µg", "Mikrogramm", "Mikrogramm"},
    {"µm", "Mikrometer", "Mikrometer"},
    {"μm", "Mikrometer", "Mikrometer"},
    {"μg", "Mikrogramm", "Mikrogramm"},
    {"g", "Gramm", "Gramm"},
    {"km", "Kilometer", "Kilometer", true},
    {"cm", "Zentimeter", "Zentimeter"},
    {"mm", "Millimeter", "Millimeter"},
    {"m", "Meter", "Meter"},
    {"ml", "Milliliter", "Milliliter"},
    {"mL", "Milliliter", "Milliliter"},
    {"l", "Liter", "Liter"},
    {"L", "Liter", "Liter"},
    {"kWh", "Kilowattstunde", "Kilowattstunden", true},
    {"kW", "Kilowatt", "Kilowatt"},
    {"W", "Watt", "Watt"},
    {"mV", "Millivolt", "Millivolt", true},
    {"V", "Volt", "Volt"},
    {"ft", "Fuß", "Fuß"},
    {"Std.", "Stunde", "Stunden"},
    {"min", "Minute", "Minuten"},
    {"h", "Stunde", "Stunden"},
    {"s", "Sekunde", "Sekunden", false, true},
    {"%", "Prozent", "Prozent"},
};

constexpr CurrencyWords kCurrencies[] = {
    {"€", "Euro", "Euro", "Cent", "Cent"},     {"EUR", "Euro", "Euro", "Cent", "Cent"},
    {"$", "Dollar", "Dollar", "Cent", "Cent"}, {"USD", "Dollar", "Dollar", "Cent", "Cent"},
    {"£", "Pfund", "Pfund", "Penny", "Pence"}, {"CHF", "Franken", "Franken", "Rappen", "Rappen"},
    {"Euro", "Euro", "Euro", "Cent", "Cent"},  // written out after a scale: "3,5 Mrd. Euro"
};

constexpr Replacement kScaleWords[] = {
    {"Tsd.", "tausend"},        {"Mio.", "Millionen"},        {"Mrd.", "Milliarden"},
    {"Millionen", "Millionen"}, {"Milliarden", "Milliarden"}, {"Million", "Million"},
    {"Milliarde", "Milliarde"},
};

constexpr Replacement kAbbreviations[] = {
    {"z.B.", "zum Beispiel"},
    {"z. B.", "zum Beispiel"},
    {"d.h.", "das heißt"},
    {"usw.", "und so weiter"},
    {"bzw.", "beziehungsweise"},
    {"ca.", "circa"},
    {"Dr.", "Doktor"},
    {"Prof.", "Professor"},
    {"Nr.", "Nummer"},
    {"Abb.", "Abbildung"},
    {"vgl.", "vergleiche"},
    {"et al.", "und Kollegen"},
    {"u.a.", "unter anderem"},
    {"Hr.", "Herr"},
    {"Fr.", "Frau"},
    {"Mr.", "Mister"},  // English honorifics before English names
    {"Mrs.", "Misses"},
    {"Ms.", "Miss"},
};

constexpr Replacement kSymbols[] = {
    {"&", "und"},           {"±", "plus minus"},     {"×", "mal"},
    {"→", "nach"},          {"§", "Paragraf"},       {"%", "Prozent"},
    {"€", "Euro"},          {"$", "Dollar"},         {"@", "at"},
    {"=", "gleich"},        {"+", "plus"},           {"−", "minus"},
    {"≥", "größer gleich"}, {"≤", "kleiner gleich"}, {"≈", "ungefähr"},
};

constexpr Replacement kHalf[] = {{"2", "halb"}};
constexpr Replacement kHalves[] = {{"2", "halbe"}};

constexpr Replacement kTopLevelDomains[] = {{"de", "D E"}, {"com", "com"}, {"org", "org"}};

constexpr RomanContext kRomanContexts[] = {
    {"Kapitel", RomanContextKind::kLabel},  {"Teil", RomanContextKind::kLabel},
    {"Band", RomanContextKind::kLabel},     {"Weltkrieg", RomanContextKind::kLabel},
    {"König", RomanContextKind::kTitle},    {"Kaiser", RomanContextKind::kTitle},
    {"Papst", RomanContextKind::kTitle},    {"Ludwig", RomanContextKind::kName},
    {"Friedrich", RomanContextKind::kName}, {"Wilhelm", RomanContextKind::kName},
    {"Karl", RomanContextKind::kName},      {"Heinrich", RomanContextKind::kName},
};

// The ending of an ordinal follows the article or preposition before it; without one it is
// the strong masculine "-ter" (ordinal_rule_set): "2. Mai" -> "zweiter Mai".
constexpr OrdinalCase kOrdinalCases[] = {
    {"am", "%spellout-ordinal-n"},    {"im", "%spellout-ordinal-n"},
    {"vom", "%spellout-ordinal-n"},   {"zum", "%spellout-ordinal-n"},
    {"beim", "%spellout-ordinal-n"},  {"zur", "%spellout-ordinal-n"},
    {"dem", "%spellout-ordinal-n"},   {"den", "%spellout-ordinal-n"},
    {"des", "%spellout-ordinal-n"},   {"bis", "%spellout-ordinal-n"},
    {"seit", "%spellout-ordinal-n"},  {"ab", "%spellout-ordinal-n"},
    {"der", "%spellout-ordinal"},     {"die", "%spellout-ordinal"},
    {"das", "%spellout-ordinal"},     {"einem", "%spellout-ordinal-n"},
    {"einen", "%spellout-ordinal-n"}, {"eines", "%spellout-ordinal-n"},
    {"ein", "%spellout-ordinal-r"},   {"eine", "%spellout-ordinal"},
};

constexpr LocaleData kGerman{
    .language = "de",
    .extra_rbnf_rules = "",
    .amount_rule_set = "%spellout-cardinal-masculine",  // "ein Euro", "einundzwanzig"
    .plain_rule_set = "%spellout-numbering",            // "eins"
    .alone_rule_set = "%spellout-numbering",
    .ordinal_rule_set = "%spellout-ordinal-r",  // "zweiter": no article before it
    .year_rule_set = "%spellout-numbering-year",
    .years_in_pairs = false,
    .above_quintillion = "Trillionen",
    .decimal_separator = u',',
    .group_separator = u'.',
    .digits = {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"},
    .identifier_digits = 0,  // German writes amounts ungrouped too: "147451 Einwohner"
    .oh = "null",
    .point = "Komma",
    .minus = "minus",
    .plus = "plus",
    .equals = "gleich",
    .times = "mal",
    .per = "pro",
    .to = "bis",
    .and_word = "und",
    .over = "durch",
    .of_word = "",
    .the_word = "",
    .dot = "Punkt",
    .at = "at",
    .slash = "Schrägstrich",
    .dash = "Strich",
    .colon = "Doppelpunkt",
    .ordinal_suffixes = {"", "", "", ""},
    .ordinal_dot_rule_set = "%spellout-ordinal",
    .denominators_singular = kHalf,
    .denominators_plural = kHalves,
    .plural_suffix = "",
    .denominator_rule_set = "%spellout-ordinal",
    .denominator_suffix = "l",
    .and_a = "ein",  // "1 1/2" -> "eineinhalb"
    .fraction_and = "",
    .numeric_date_order = DateOrder::kDayMonthYear,
    .months = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
               "Oktober", "November", "Dezember"},
    .month_abbreviations = {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sept", "Okt",
                            "Nov", "Dez"},
    .oclock = "",
    .hour_word = "Stunde",
    .hours_word = "Stunden",
    .minute_word = "Minute",
    .minutes_word = "Minuten",
    .second_word = "Sekunde",
    .seconds_word = "Sekunden",
    .quarter_word = "Quartal",
    .time_word = "Uhr",
    .duration_rule_set = "%spellout-cardinal-feminine",
    .ordinal_cases = kOrdinalCases,
    .year_prepositions = {},
    .count_nouns = {},
    .units = kUnits,
    .currencies = kCurrencies,
    .scale_words = kScaleWords,
    .abbreviations = kAbbreviations,
    .before_names = {},
    .after_names = {},
    .state_abbreviations = {},
    .symbols = kSymbols,
    .number_sign = "Nummer",
    .top_level_domains = kTopLevelDomains,
    .street_types = {},
    .regions = {},
    .roman_contexts = kRomanContexts,
    .toll_free_prefixes = {},
    .country_code_as_number = true,
    .et_al_brief = "und Kollegen",
    .et_al_read = "und andere",
    .edition_of = "Hörfassung von",
    .by_word = "von",
    .read_by = "gelesen von einer synthetischen Stimme",
};

}  // namespace

const LocaleData& GermanLocaleData() { return kGerman; }

}  // namespace spoken
