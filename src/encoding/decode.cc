#include "encoding/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

namespace spoken {
namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter OpenConverter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(name.c_str(), &status));
  return U_SUCCESS(status) ? std::move(converter) : nullptr;
}

// Where an invalid sequence starts, for the substituting callback below.
struct InvalidSequences {
  const char* input_start = nullptr;
  std::vector<size_t>* offsets = nullptr;
};

void RecordAndSubstitute(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                         int32_t length, UConverterCallbackReason reason, UErrorCode* error) {
  if (reason <= UCNV_IRREGULAR) {  // unassigned, illegal or irregular input
    const auto* sequences = static_cast<const InvalidSequences*>(context);
    // args->source points just past the bad sequence; its bytes are `code_units`.
    sequences->offsets->push_back(static_cast<size_t>(args->source - sequences->input_start) -
                                  static_cast<size_t>(length));
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, code_units, length, reason, error);
}

struct ByteOrderMark {
  std::string_view charset;  // ICU's canonical name
  std::string_view bytes;
};

// UTF-32LE before UTF-16LE: its mark starts with UTF-16LE's.
constexpr ByteOrderMark kByteOrderMarks[] = {
    {"UTF-8", std::string_view("\xEF\xBB\xBF", 3)},
    {"UTF-32LE", std::string_view("\xFF\xFE\x00\x00", 4)},
    {"UTF-32BE", std::string_view("\x00\x00\xFE\xFF", 4)},
    {"UTF-16LE", std::string_view("\xFF\xFE", 2)},
    {"UTF-16BE", std::string_view("\xFE\xFF", 2)},
};

const ByteOrderMark* ByteOrderMarkOf(std::string_view bytes) {
  for (const ByteOrderMark& mark : kByteOrderMarks) {
    if (bytes.starts_with(mark.bytes)) return &mark;
  }
  return nullptr;
}

}  // namespace

std::string_view CharsetOfByteOrderMark(std::string_view bytes) {
  const ByteOrderMark* mark = ByteOrderMarkOf(bytes);
  return mark ? mark->charset : std::string_view();
}

Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view charset) {
  const std::string name(charset);
  Converter from = OpenConverter(name);
  if (!from) return InvalidInput("unknown character encoding \"" + name + "\"");
  Converter to_utf8 = OpenConverter("UTF-8");
  if (!to_utf8) return InvalidInput("ICU has no UTF-8 converter");
  // ICU's converters for an explicit byte order keep a matching mark as U+FEFF.
  UErrorCode name_status = U_ZERO_ERROR;
  const ByteOrderMark* mark = ByteOrderMarkOf(bytes);
  if (mark && mark->charset == ucnv_getName(from.get(), &name_status)) {
    bytes.remove_prefix(mark->bytes.size());
  }

  DecodedText decoded;
  InvalidSequences sequences{bytes.data(), &decoded.invalid_offsets};
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(from.get(), RecordAndSubstitute, &sequences, nullptr, nullptr, &status);

  std::u16string utf16(bytes.size() + 1, u'\0');  // never more UTF-16 units than bytes
  UChar* target = utf16.data();
  const char* source = bytes.data();
  ucnv_toUnicode(from.get(), &target, utf16.data() + utf16.size(), &source,
                 bytes.data() + bytes.size(), nullptr, /*flush=*/true, &status);
  if (U_FAILURE(status)) return InvalidInput(std::string("cannot decode: ") + u_errorName(status));
  utf16.resize(static_cast<size_t>(target - utf16.data()));

  status = U_ZERO_ERROR;
  const int32_t length = ucnv_fromUChars(to_utf8.get(), nullptr, 0, utf16.data(),
                                         static_cast<int32_t>(utf16.size()), &status);
  decoded.utf8.resize(static_cast<size_t>(length));
  status = U_ZERO_ERROR;
  ucnv_fromUChars(to_utf8.get(), decoded.utf8.data(), length, utf16.data(),
                  static_cast<int32_t>(utf16.size()), &status);
  if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) {
    return InvalidInput(std::string("cannot encode UTF-8: ") + u_errorName(status));
  }
  return decoded;
}

}  // namespace spoken
