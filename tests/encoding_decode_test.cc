#include <gtest/gtest.h>

#include "encoding/decode.h"

namespace spoken {
namespace {

DecodedText Decode(std::string_view bytes, std::string_view charset) {
  Result<DecodedText> decoded = DecodeToUtf8(bytes, charset);
  EXPECT_TRUE(decoded.ok()) << decoded.error().message;
  return decoded.ok() ? *decoded : DecodedText{};
}

TEST(EncodingDecode, ValidUtf8IsUnchanged) {
  const DecodedText decoded = Decode("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x8E\xA7", "UTF-8");
  EXPECT_EQ(decoded.utf8, "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x8E\xA7");
  EXPECT_TRUE(decoded.invalid_offsets.empty());
}

TEST(EncodingDecode, InvalidUtf8BytesBecomeReplacementCharactersAtTheirOffsets) {
  // A Latin-1 "é" (0xE9) inside UTF-8 text, and a stray continuation byte.
  const DecodedText decoded = Decode("caf\xE9 ok \x80!", "UTF-8");
  EXPECT_EQ(decoded.utf8, "caf\xEF\xBF\xBD ok \xEF\xBF\xBD!");
  EXPECT_EQ(decoded.invalid_offsets, (std::vector<size_t>{3, 8}));
}

TEST(EncodingDecode, Windows1252SmartQuotesAndEuro) {
  EXPECT_EQ(Decode("\x93Hi\x94 \x80 5", "windows-1252").utf8,
            "\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x82\xAC 5");
}

TEST(EncodingDecode, CharsetNamesAreMatchedLoosely) {
  EXPECT_EQ(Decode("\xE9t\xE9", "latin1").utf8, "\xC3\xA9t\xC3\xA9");
  EXPECT_EQ(Decode("\xE9t\xE9", "ISO_8859-1").utf8, "\xC3\xA9t\xC3\xA9");
}

TEST(EncodingDecode, ShiftJisAndGbk) {
  EXPECT_EQ(Decode("\x93\xFA\x96\x7B", "Shift_JIS").utf8, "\xE6\x97\xA5\xE6\x9C\xAC");  // 日本
  EXPECT_EQ(Decode("\xD6\xD0\xCE\xC4", "GBK").utf8, "\xE4\xB8\xAD\xE6\x96\x87");        // 中文
}

TEST(EncodingDecode, ByteOrderMarksNameTheCharsetAndAreDropped) {
  const std::string utf16le("\xFF\xFEH\0i\0", 6);
  EXPECT_EQ(CharsetOfByteOrderMark(utf16le), "UTF-16LE");
  EXPECT_EQ(Decode(utf16le, "UTF-16LE").utf8, "Hi");
  EXPECT_EQ(CharsetOfByteOrderMark(std::string("\xFE\xFF\0H", 4)), "UTF-16BE");
  EXPECT_EQ(CharsetOfByteOrderMark(std::string("\xFF\xFE\0\0", 4)), "UTF-32LE");
  EXPECT_EQ(CharsetOfByteOrderMark("\xEF\xBB\xBFHi"), "UTF-8");
  EXPECT_EQ(Decode("\xEF\xBB\xBFHi", "UTF-8").utf8, "Hi");
  EXPECT_EQ(CharsetOfByteOrderMark("Hi"), "");
}

TEST(EncodingDecode, UnknownCharsetIsAnError) {
  Result<DecodedText> decoded = DecodeToUtf8("x", "klingon-8");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(decoded.error().message.find("klingon-8"), std::string::npos);
}

}  // namespace
}  // namespace spoken
