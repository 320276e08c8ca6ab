// Portuguese rule data: numbers, dates, times, money and units. ICU's Portuguese spellout
// rule sets do the number words; this table only names them and lists the words around
// numbers.
#include "text/locale_data.h"

namespace spoken {
namespace {

constexpr UnitWords kUnits[] = {
    {"km/h", "quilômetro por hora", "quilômetros por hora"},
    {"m/s", "metro por segundo", "metros por segundo"},
    {"km²", "quilômetro quadrado", "quilômetros quadrados"},
    {"m²", "metro quadrado", "metros quadrados"},
    {"m³", "metro cúbico", "metros cúbicos"},
    {"°C", "grau Celsius", "graus Celsius"},
    {"°F", "grau Fahrenheit", "graus Fahrenheit"},
    {"kg", "quilograma", "quilogramas", true},
    {"mg", "miligrama", "miligramas"},
    {"µg", "micrograma", "microgramas"},
    {"g", "grama", "gramas"},
    {"km", "quilômetro", "quilômetros", true},
    {"cm", "centímetro", "centímetros"},
    {"mm", "milímetro", "milímetros"},
    {"m", "metro", "metros"},
    {"ml", "mililitro", "mililitros"},
    {"mL", "mililitro", "mililitros"},
    {"l", "litro", "litros"},
    {"L", "litro", "litros"},
    {"kWh", "quilowatt-hora", "quilowatts-hora", true},
    {"kW", "quilowatt", "quilowatts"},
    {"W", "watt", "watts"},
    {"V", "volt", "volts"},
    {"ha", "hectare", "hectares"},
    {"min", "minuto", "minutos"},
    {"s", "segundo", "segundos"},
    {"%", "por cento", "por cento"},
};

// Brazilian numbers: "3333-4444" (landlines, after an area code) and "99999-1234" (mobiles).
constexpr TelephoneGroups kLocalTelephoneGroups[] = {{3, 4}, {5, 4}};

constexpr CurrencyWords kCurrencies[] = {
    {"R$", "real", "reais", "centavo", "centavos"},
    {"BRL", "real", "reais", "centavo", "centavos"},
    {"€", "euro", "euros", "cêntimo", "cêntimos"},
    {"EUR", "euro", "euros", "cêntimo", "cêntimos"},
    {"US$", "dólar", "dólares", "centavo", "centavos"},
    {"$", "dólar", "dólares", "centavo", "centavos"},
    {"USD", "dólar", "dólares", "centavo", "centavos"},
    {"£", "libra", "libras", "péni", "pence", true},
    {"reais", "real", "reais", "centavo", "centavos"},  // after a scale: "3,5 milhões reais"
};

constexpr Replacement kScaleWords[] = {
    {"mil", "mil"},         {"milhão", "milhão"}, {"milhões", "milhões"}, {"bilhão", "bilhão"},
    {"bilhões", "bilhões"}, {"mi", "milhões"},    {"bi", "bilhões"},
};

constexpr Replacement kAbbreviations[] = {
    {"p. ex.", "por exemplo"},
    {"etc.", "et cetera"},
    {"aprox.", "aproximadamente"},
    {"Sr.", "senhor"},
    {"Sra.", "senhora"},
    {"Dr.", "doutor"},
    {"Dra.", "doutora"},
    {"Prof.", "professor"},
    {"Profa.", "professora"},
    {"nº", "número"},
    {"n.º", "número"},
    {"pág.", "página"},
    {"Av.", "avenida"},
    {"et al.", "e colaboradores"},
    {"a.C.", "antes de Cristo"},
    {"d.C.", "depois de Cristo"},
};

constexpr Replacement kSymbols[] = {
    {"&", "e"},
    {"±", "mais ou menos"},
    {"×", "vezes"},
    {"→", "para"},
    {"§", "parágrafo"},
    {"%", "por cento"},
    {"€", "euros"},
    {"$", "dólares"},
    {"@", "arroba"},
    {"=", "igual a"},
    {"+", "mais"},
    {"−", "menos"},
    {"≥", "maior ou igual a"},
    {"≤", "menor ou igual a"},
    {"≈", "aproximadamente"},
};

constexpr Replacement kHalf[] = {{"2", "meio"}, {"3", "terço"}};
constexpr Replacement kHalves[] = {{"2", "meios"}, {"3", "terços"}};

constexpr Replacement kTopLevelDomains[] = {{"pt", "p t"}, {"br", "b r"}, {"com", "com"}};

constexpr RomanContext kRomanContexts[] = {
    {"capítulo", RomanContextKind::kLabel}, {"século", RomanContextKind::kLabel},
    {"parte", RomanContextKind::kLabel},    {"rei", RomanContextKind::kTitle},
    {"papa", RomanContextKind::kTitle},     {"Pedro", RomanContextKind::kName},
    {"João", RomanContextKind::kName},      {"Manuel", RomanContextKind::kName},
};

constexpr OrdinalMarker kOrdinalMarkers[] = {
    {".º", "%spellout-ordinal-masculine"}, {".ª", "%spellout-ordinal-feminine"},
    {"º", "%spellout-ordinal-masculine"},  {"ª", "%spellout-ordinal-feminine"},
    {"°", "%spellout-ordinal-masculine"},
};

constexpr LocaleData kPortuguese{
    .language = "pt",
    .extra_rbnf_rules = "",
    .amount_rule_set = "%spellout-cardinal-masculine",
    .plain_rule_set = "%spellout-numbering",
    .alone_rule_set = "%spellout-numbering",
    .ordinal_rule_set = "%spellout-ordinal-masculine",
    .year_rule_set = "%spellout-numbering-year",
    .years_in_pairs = false,
    .above_quintillion = "quintilhões",
    .decimal_separator = u',',
    .group_separator = u'.',
    .digits = {"zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"},
    .identifier_digits = 0,
    .oh = "zero",
    .point = "vírgula",
    .minus = "menos",
    .plus = "mais",
    .equals = "igual a",
    .times = "vezes",
    .per = "por",
    .to = "a",
    .and_word = "e",
    .over = "sobre",
    .of_word = "de",
    .the_word = "",
    .dot = "ponto",
    .at = "arroba",
    .slash = "barra",
    .dash = "hífen",
    .colon = "dois pontos",
    .ordinal_suffixes = {"", "", "", ""},
    .ordinal_dot_rule_set = "",
    .denominators_singular = kHalf,
    .denominators_plural = kHalves,
    .plural_suffix = "s",
    .denominator_rule_set = "",
    .denominator_suffix = "",
    .and_a = "e um",
    .fraction_and = "e",
    .numeric_date_order = DateOrder::kDayMonthYear,
    .months = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
               "setembro", "outubro", "novembro", "dezembro"},
    .month_abbreviations = {"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out",
                            "nov", "dez"},
    .oclock = "horas",
    .hour_word = "hora",
    .hours_word = "horas",
    .minute_word = "minuto",
    .minutes_word = "minutos",
    .second_word = "segundo",
    .seconds_word = "segundos",
    .quarter_word = "trimestre",
    .time_word = "h",
    .duration_rule_set = "%spellout-cardinal-feminine",  // "uma hora", "duas horas"
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
    .number_sign = "número",
    .top_level_domains = kTopLevelDomains,
    .street_types = {},
    .regions = {},
    .roman_contexts = kRomanContexts,
    .toll_free_prefixes = {},
    .local_telephone_groups = kLocalTelephoneGroups,
    .country_code_as_number = true,
    .et_al_brief = "e colaboradores",
    .et_al_read = "e outros",
    .day_rule_set = "%spellout-cardinal-masculine",
    .first_day = "primeiro",
    .date_of_word = "de",
    .dates_day_first = true,
    .clock_and = "e",
    .clock_hours_word = true,
    .ordinal_markers = kOrdinalMarkers,
    .space_groups = true,
    .decimals_as_number = false,  // "três vírgula um quatro um"
    .minutes_rule_set = "%spellout-cardinal-masculine",
    .feminine_rule_set = "%spellout-cardinal-feminine",
    .money_and = "e",
    .scale_of_word = "de",
    .edition_of = "Edição em áudio de",
    .by_word = "de",
    .read_by = "lida por uma voz sintética",
    .meridiem_words = {"da manhã", "da tarde"},
};

}  // namespace

const LocaleData& PortugueseLocaleData() { return kPortuguese; }

}  // namespace spoken
