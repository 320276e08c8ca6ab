#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/locale_data.h"

namespace spoken {
namespace {

// Abbreviations CLDR's list leaves out but eSpeak NG and ICU would stop at (engine-notes §8).
constexpr const char16_t* kNoBreakAfter[] = {u"Dr.",  u"Fig.",  u"Figs.", u"al.",  u"approx.",
                                             u"No.",  u"Vol.",  u"vs.",   u"Mr.",  u"Mrs.",
                                             u"Ms.",  u"Prof.", u"St.",   u"Jr.",  u"Sr.",
                                             u"Eq.",  u"Ref.",  u"Refs.", u"cf.",  u"ca.",
                                             u"e.g.", u"i.e.",  u"Nr.",   u"Abb.", u"bzw.",
                                             u"vgl."};  // German: Nummer, Abbildung,
                                                        // beziehungsweise, vergleiche

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  const LocaleData* data = nullptr;  // may be null: no locale-specific merges
};

namespace {

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "C. S. Lewis": a sentence never ends with a single capital letter and a dot.
bool EndsWithInitial(std::string_view sentence) {
  const size_t n = sentence.size();
  return n >= 2 && sentence[n - 1] == '.' && IsUpperAscii(sentence[n - 2]) &&
         (n == 2 || sentence[n - 3] == ' ');
}

// German "am 25. Juli": a day number with its ordinal dot before a month name.
bool EndsWithOrdinalDayBeforeMonth(std::string_view sentence, std::string_view next,
                                   const LocaleData* data) {
  if (data == nullptr || data->ordinal_dot_rule_set.empty()) return false;
  const size_t n = sentence.size();
  if (n < 2 || sentence[n - 1] != '.' || !IsDigit(sentence[n - 2])) return false;
  if (n >= 4 && IsDigit(sentence[n - 4])) return false;  // more than two digits: no day
  for (size_t i = 0; i < 12; ++i) {
    for (std::string_view month : {data->months[i], data->month_abbreviations[i]}) {
      if (next.substr(0, month.size()) == month) return true;
    }
  }
  return false;
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSplitter::~SentenceSplitter() = default;

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale icu_locale = icu::Locale::forLanguageTag(locale, status);
  if (U_SUCCESS(status)) icu_locale.setKeywordValue("ss", "standard", status);
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu_locale, status));
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(icu_locale, status));
  if (status == U_MISSING_RESOURCE_ERROR && base != nullptr) {
    // ICU has no abbreviation list for some locales (ja, zh, ko): start from an empty one.
    status = U_ZERO_ERROR;
    builder.reset(icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  }
  for (const char16_t* abbreviation : kNoBreakAfter) {
    if (U_SUCCESS(status)) builder->suppressBreakAfter(abbreviation, status);
  }
  if (U_FAILURE(status)) {
    return ConfigError("no sentence rules for " + locale + ": " + u_errorName(status));
  }
  auto impl = std::make_unique<Impl>();
  impl->data = FindLocaleData(icu_locale.getLanguage(), icu_locale.getCountry());
  impl->iterator.reset(builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) return ConfigError("sentence rules: " + std::string(u_errorName(status)));
  return std::unique_ptr<SentenceSplitter>(new SentenceSplitter(std::move(impl)));
}

std::vector<std::pair<size_t, size_t>> SentenceSplitter::Split(std::string_view text) const {
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  std::vector<std::pair<size_t, size_t>> sentences;
  if (U_FAILURE(status)) return {{0, text.size()}};
  impl_->iterator->setText(utext, status);
  auto is_space = [&](size_t i) {
    return text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r';
  };
  // With UTF-8 UText, ICU's boundaries are byte offsets.
  int32_t begin = impl_->iterator->first();
  for (int32_t end = impl_->iterator->next(); end != icu::BreakIterator::DONE;
       begin = end, end = impl_->iterator->next()) {
    size_t b = static_cast<size_t>(begin), e = static_cast<size_t>(end);
    while (b < e && is_space(b)) ++b;
    while (e > b && is_space(e - 1)) --e;
    if (b >= e) continue;
    if (!sentences.empty()) {
      auto& last = sentences.back();
      const std::string_view previous = text.substr(last.first, last.second - last.first);
      if (EndsWithInitial(previous) ||
          EndsWithOrdinalDayBeforeMonth(previous, text.substr(b, e - b), impl_->data)) {
        last.second = e;
        continue;
      }
    }
    sentences.emplace_back(b, e);
  }
  utext_close(utext);
  return sentences;
}

}  // namespace spoken
