// French rule data: numbers, dates, times, money and units. ICU's French spellout rule sets
// do the number words; this table only names them and lists the words around numbers.
#include "text/locale_data.h"

namespace spoken {
namespace {

constexpr UnitWords kUnits[] = {
    {"km/h", "kilomètre par heure", "kilomètres par heure"},
    {"m/s", "mètre par seconde", "mètres par seconde"},
    {"km²", "kilomètre carré", "kilomètres carrés"},
    {"m²", "mètre carré", "mètres carrés"},
    {"m³", "mètre cube", "mètres cubes"},
    {"cm³", "centimètre cube", "centimètres cubes"},
    {"°C", "degré Celsius", "degrés Celsius"},
    {"°F", "degré Fahrenheit", "degrés Fahrenheit"},
    {"kg", "kilogramme", "kilogrammes", true},
    {"mg", "milligramme", "milligrammes"},
    {"µg", "microgramme", "microgrammes"},
    {"μg", "microgramme", "microgrammes"},
    {"g", "gramme", "grammes"},
    {"km", "kilomètre", "kilomètres", true},
    {"cm", "centimètre", "centimètres"},
    {"mm", "millimètre", "millimètres"},
    {"m", "mètre", "mètres"},
    {"ml", "millilitre", "millilitres"},
    {"mL", "millilitre", "millilitres"},
    {"l", "litre", "litres"},
    {"L", "litre", "litres"},
    {"kWh", "kilowattheure", "kilowattheures", true},
    {"kW", "kilowatt", "kilowatts"},
    {"W", "watt", "watts"},
    {"V", "volt", "volts"},
    {"ha", "hectare", "hectares"},
    {"min", "minute", "minutes", false, false, true},
    {"s", "seconde", "secondes", false, true, true},
    {"%", "pour cent", "pour cent"},
};

constexpr CurrencyWords kCurrencies[] = {
    {"€", "euro", "euros", "centime", "centimes"},
    {"EUR", "euro", "euros", "centime", "centimes"},
    {"$", "dollar", "dollars", "cent", "cents"},
    {"USD", "dollar", "dollars", "cent", "cents"},
    {"£", "livre", "livres", "penny", "pence", true},
    {"GBP", "livre", "livres", "penny", "pence", true},
    {"CHF", "franc suisse", "francs suisses", "centime", "centimes"},
    {"euros", "euro", "euros", "centime", "centimes"},  // after a scale: "3,5 milliards euros"
};

constexpr Replacement kScaleWords[] = {
    {"million", "million"},     {"millions", "millions"}, {"milliard", "milliard"},
    {"milliards", "milliards"}, {"Md", "milliards"},      {"M", "millions"},
    {"billion", "billion"},     {"billions", "billions"},
};

constexpr Replacement kAbbreviations[] = {
    {"p. ex.", "par exemple"},
    {"etc.", "et cetera"},
    {"env.", "environ"},
    {"M.", "monsieur"},
    {"MM.", "messieurs"},
    {"Mme", "madame"},
    {"Mmes", "mesdames"},
    {"Mlle", "mademoiselle"},
    {"Mᵐᵉ", "madame"},
    {"Mᵐᵉˢ", "mesdames"},
    {"Mˡˡᵉ", "mademoiselle"},
    {"Mˡˡᵉˢ", "mademoiselles"},
    {"Dr", "docteur"},
    {"Dʳ", "docteur"},
    {"Dʳᵉˢ", "docteures"},
    {"Pr", "professeur"},
    {"n°", "numéro"},
    {"av.", "avenue"},
    {"bd", "boulevard"},
    {"et al.", "et collaborateurs"},
    {"av. J.-C.", "avant Jésus-Christ"},
    {"apr. J.-C.", "après Jésus-Christ"},
};

constexpr Replacement kSymbols[] = {
    {"&", "et"},
    {"±", "plus ou moins"},
    {"×", "fois"},
    {"→", "vers"},
    {"§", "paragraphe"},
    {"%", "pour cent"},
    {"€", "euros"},
    {"$", "dollars"},
    {"@", "arobase"},
    {"=", "égale"},
    {"+", "plus"},
    {"−", "moins"},
    {"≥", "supérieur ou égal à"},
    {"≤", "inférieur ou égal à"},
    {"≈", "environ"},
};

constexpr Replacement kHalf[] = {{"2", "demi"}, {"3", "tiers"}, {"4", "quart"}};
constexpr Replacement kHalves[] = {{"2", "demis"}, {"3", "tiers"}, {"4", "quarts"}};

constexpr Replacement kTopLevelDomains[] = {{"fr", "f r"}, {"com", "com"}, {"org", "org"}};

constexpr RomanContext kRomanContexts[] = {
    {"chapitre", RomanContextKind::kLabel}, {"tome", RomanContextKind::kLabel},
    {"partie", RomanContextKind::kLabel},   {"roi", RomanContextKind::kTitle},
    {"pape", RomanContextKind::kTitle},     {"Louis", RomanContextKind::kName},
    {"Henri", RomanContextKind::kName},     {"Charles", RomanContextKind::kName},
    {"François", RomanContextKind::kName},  {"Napoléon", RomanContextKind::kName},
};

constexpr OrdinalMarker kOrdinalMarkers[] = {
    {"er", "%spellout-ordinal-masculine"},          {"ère", "%spellout-ordinal-feminine"},
    {"re", "%spellout-ordinal-feminine"},           {"ème", "%spellout-ordinal-masculine"},
    {"e", "%spellout-ordinal-masculine"},           {"ᵉ", "%spellout-ordinal-masculine"},
    {"ᵉʳ", "%spellout-ordinal-masculine"},          {"ʳᵉ", "%spellout-ordinal-feminine"},
    {"°", "%spellout-ordinal-masculine"},           {"es", "%spellout-ordinal-masculine-plural"},
    {"èmes", "%spellout-ordinal-masculine-plural"},
};

constexpr LocaleData kFrench{
    .language = "fr",
    .extra_rbnf_rules = "",
    .amount_rule_set = "%spellout-cardinal-masculine",
    .plain_rule_set = "%spellout-numbering",
    .alone_rule_set = "%spellout-numbering",
    .ordinal_rule_set = "%spellout-ordinal-masculine",
    .year_rule_set = "%spellout-numbering-year",
    .years_in_pairs = false,
    .above_quintillion = "trillions",
    .decimal_separator = u',',
    .group_separator = u'.',
    .digits = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},
    .identifier_digits = 0,
    .oh = "zéro",
    .point = "virgule",
    .minus = "moins",
    .plus = "plus",
    .equals = "égale",
    .times = "fois",
    .per = "par",
    .to = "à",
    .and_word = "et",
    .over = "sur",
    .of_word = "",
    .the_word = "",
    .dot = "point",
    .at = "arobase",
    .slash = "barre oblique",
    .dash = "tiret",
    .colon = "deux-points",
    .ordinal_suffixes = {"", "", "", ""},
    .ordinal_dot_rule_set = "",
    .denominators_singular = kHalf,
    .denominators_plural = kHalves,
    .plural_suffix = "s",
    .denominator_rule_set = "",
    .denominator_suffix = "",
    .and_a = "et un",  // "1 1/3" -> "un et un tiers"
    .fraction_and = "et",
    .numeric_date_order = DateOrder::kDayMonthYear,
    .months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
               "octobre", "novembre", "décembre"},
    .month_abbreviations = {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept",
                            "oct", "nov", "déc"},
    .oclock = "heures",
    .hour_word = "heure",
    .hours_word = "heures",
    .minute_word = "minute",
    .minutes_word = "minutes",
    .second_word = "seconde",
    .seconds_word = "secondes",
    .quarter_word = "trimestre",
    .time_word = "h",
    .duration_rule_set = "%spellout-cardinal-feminine",  // "une heure", "vingt et une heures"
    .ordinal_cases = {},
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
    .number_sign = "numéro",
    .top_level_domains = kTopLevelDomains,
    .street_types = {},
    .regions = {},
    .roman_contexts = kRomanContexts,
    .toll_free_prefixes = {},
    .country_code_as_number = true,
    .et_al_brief = "et collaborateurs",
    .et_al_read = "et autres",
    .day_rule_set = "%spellout-numbering",
    .first_day = "premier",
    .date_of_word = "",
    .dates_day_first = true,
    .clock_and = "",  // "dix-sept heures trente"
    .clock_hours_word = true,
    .ordinal_markers = kOrdinalMarkers,
    .space_groups = true,
    .decimals_as_number = true,
    .feminine_rule_set = "%spellout-cardinal-feminine",
    .scale_of_word = "de",
    .edition_of = "Édition audio de",
    .by_word = "par",
    .read_by = "lue par une voix de synthèse",
    .meridiem_words = {"du matin", "de l'après-midi"},
};

}  // namespace

const LocaleData& FrenchLocaleData() { return kFrench; }

}  // namespace spoken
