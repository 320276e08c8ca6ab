// Italian rule data: numbers, dates, times, money and units. ICU's Italian spellout rule sets
// do the number words; this table only names them and lists the words around numbers.
#include "text/locale_data.h"

namespace spoken {
namespace {

constexpr UnitWords kUnits[] = {
    {"km/h", "chilometro orario", "chilometri orari"},
    {"km/s", "chilometro per secondo", "chilometri per secondo"},
    {"m/s", "metro per secondo", "metri per secondo"},
    {"km²", "chilometro quadrato", "chilometri quadrati"},
    {"m²", "metro quadrato", "metri quadrati"},
    {"m³", "metro cubo", "metri cubi"},
    {"°C", "grado Celsius", "gradi Celsius"},
    {"kg", "chilogrammo", "chilogrammi", true},
    {"mg", "milligrammo", "milligrammi"},
    {"µg", "microgrammo", "microgrammi"},
    {"g", "grammo", "grammi"},
    {"km", "chilometro", "chilometri", true},
    {"cm", "centimetro", "centimetri"},
    {"mm", "millimetro", "millimetri"},
    {"m", "metro", "metri"},
    {"ml", "millilitro", "millilitri"},
    {"l", "litro", "litri"},
    {"L", "litro", "litri"},
    {"kWh", "chilowattora", "chilowattora", true},
    {"kW", "chilowatt", "chilowatt"},
    {"W", "watt", "watt"},
    {"V", "volt", "volt"},
    {"A", "ampere", "ampere"},
    {"ha", "ettaro", "ettari"},
    {"min", "minuto", "minuti"},
    {"h", "ora", "ore", false, false, true},
    {"d", "giorno", "giorni"},
    {"s", "secondo", "secondi", false, true},
    {"%", "percento", "percento"},
};

constexpr CurrencyWords kCurrencies[] = {
    {"€", "euro", "euro", "centesimo", "centesimi"},
    {"EUR", "euro", "euro", "centesimo", "centesimi"},
    {"eur", "euro", "euro", "centesimo", "centesimi"},
    {"$", "dollaro", "dollari", "centesimo", "centesimi"},
    {"USD", "dollaro", "dollari", "centesimo", "centesimi"},
    {"£", "sterlina", "sterline", "penny", "penny", true},
    {"₽", "rublo", "rubli", "copeca", "copeche"},
    {"CHF", "franco svizzero", "franchi svizzeri", "centesimo", "centesimi"},
};

constexpr Replacement kScaleWords[] = {
    {"milione", "milione"},   {"milioni", "milioni"}, {"miliardo", "miliardo"},
    {"miliardi", "miliardi"}, {"mln", "milioni"},     {"mld", "miliardi"},
};

constexpr Replacement kAbbreviations[] = {
    {"ecc.", "eccetera"},
    {"sig.", "signor"},
    {"Sig.", "signor"},
    {"sig.ra", "signora"},
    {"Sig.ra", "signora"},
    {"sig.na", "signorina"},
    {"Sig.na", "signorina"},
    {"dott.", "dottor"},
    {"Dott.", "dottor"},
    {"prof.", "professor"},
    {"Prof.", "professor"},
    {"avv.", "avvocato"},
    {"dip.", "dipartimento"},
    {"p.za", "piazza"},
    {"n.", "numero"},
    {"pag.", "pagina"},
    {"et al.", "e collaboratori"},
    {"a.C.", "avanti Cristo"},
    {"d.C.", "dopo Cristo"},
};

constexpr Replacement kSymbols[] = {
    {"&", "e"},
    {"±", "più o meno"},
    {"×", "per"},
    {"→", "verso"},
    {"§", "paragrafo"},
    {"%", "percento"},
    {"€", "euro"},
    {"$", "dollari"},
    {"@", "chiocciola"},
    {"=", "uguale"},
    {"+", "più"},
    {"−", "meno"},
    {"≥", "maggiore o uguale a"},
    {"≤", "minore o uguale a"},
    {"≈", "circa"},
};

constexpr Replacement kHalf[] = {{"2", "mezzo"}, {"3", "terzo"}};
constexpr Replacement kHalves[] = {{"2", "mezzi"}, {"3", "terzi"}};

constexpr Replacement kTopLevelDomains[] = {{"it", "IT"}, {"com", "com"}, {"org", "org"}};

constexpr RomanContext kRomanContexts[] = {
    {"capitolo", RomanContextKind::kLabel}, {"secolo", RomanContextKind::kLabel},
    {"parte", RomanContextKind::kLabel},    {"re", RomanContextKind::kTitle},
    {"papa", RomanContextKind::kTitle},     {"Vittorio", RomanContextKind::kName},
    {"Umberto", RomanContextKind::kName},   {"Pio", RomanContextKind::kName},
    {"Leone", RomanContextKind::kName},     {"Giovanni", RomanContextKind::kName},
};

constexpr OrdinalMarker kOrdinalMarkers[] = {
    {"º", "%spellout-ordinal-masculine"},
    {"°", "%spellout-ordinal-masculine"},
    {"ª", "%spellout-ordinal-feminine"},
};

constexpr LocaleData kItalian{
    .language = "it",
    .extra_rbnf_rules = "",
    .amount_rule_set = "%spellout-cardinal-masculine",
    .plain_rule_set = "%spellout-numbering",
    .alone_rule_set = "%spellout-numbering",
    .ordinal_rule_set = "%spellout-ordinal-masculine",
    .year_rule_set = "%spellout-numbering-year",
    .years_in_pairs = false,
    .above_quintillion = "trilioni",
    .decimal_separator = u',',
    .group_separator = u'.',
    .digits = {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"},
    .identifier_digits = 0,
    .oh = "zero",
    .point = "virgola",
    .minus = "meno",
    .plus = "più",
    .equals = "uguale",
    .times = "per",
    .per = "per",
    .to = "a",
    .and_word = "e",
    .over = "su",
    .of_word = "",
    .the_word = "",
    .dot = "punto",
    .at = "chiocciola",
    .slash = "slash",
    .dash = "trattino",
    .colon = "due punti",
    .ordinal_suffixes = {"", "", "", ""},
    .ordinal_dot_rule_set = "",
    .denominators_singular = kHalf,
    .denominators_plural = kHalves,
    .plural_suffix = "",
    .denominator_rule_set = "%spellout-ordinal-masculine",
    .denominator_suffix = "",
    .and_a = "e un",
    .fraction_and = "e",
    .numeric_date_order = DateOrder::kDayMonthYear,
    .months = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
               "settembre", "ottobre", "novembre", "dicembre"},
    .month_abbreviations = {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott",
                            "nov", "dic"},
    .oclock = "in punto",
    .hour_word = "ora",
    .hours_word = "ore",
    .minute_word = "minuto",
    .minutes_word = "minuti",
    .second_word = "secondo",
    .seconds_word = "secondi",
    .quarter_word = "trimestre",
    .time_word = "",
    .duration_rule_set = "%spellout-cardinal-feminine",  // "una", "ventuno"
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
    .number_sign = "numero",
    .top_level_domains = kTopLevelDomains,
    .street_types = {},
    .regions = {},
    .roman_contexts = kRomanContexts,
    .toll_free_prefixes = {},
    .country_code_as_number = true,
    .et_al_brief = "e collaboratori",
    .et_al_read = "e altri",
    .day_rule_set = "%spellout-numbering",
    .first_day = "primo",
    .date_of_word = "",
    .dates_day_first = true,
    .clock_and = "e",
    .clock_hours_word = false,
    .ordinal_markers = kOrdinalMarkers,
    .space_groups = true,
    .decimals_as_number = true,
    .clock_minutes_word = true,
    .minutes_rule_set = "%spellout-cardinal-masculine",
    .feminine_rule_set = "%spellout-cardinal-feminine",
    .scale_of_word = "di",
    .edition_of = "Edizione audio di",
    .by_word = "di",
    .read_by = "letta da una voce sintetica",
    .meridiem_words = {"di mattina", "di pomeriggio"},
};

}  // namespace

const LocaleData& ItalianLocaleData() { return kItalian; }

}  // namespace spoken
