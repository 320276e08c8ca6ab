#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/html_charset.h"

namespace spoken {
namespace {

TEST(DocumentHtmlCharset, FindsTheMetaCharsetOrTheHttpEquiv) {
  EXPECT_EQ(DeclaredHtmlCharset("<html><head><META Charset='Shift_JIS'>"), "shift_jis");
  EXPECT_EQ(DeclaredHtmlCharset("<meta http-equiv=\"Content-Type\" "
                                "content=\"text/html; charset=ISO-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(DeclaredHtmlCharset("<html><p>no declaration</p>"), "");
  EXPECT_EQ(DeclaredHtmlCharset(std::string(kPrescanBytes, ' ') + "<meta charset=gbk>"), "");
}

TEST(DocumentHtmlCharset, AByteOrderMarkWins) {
  EXPECT_EQ(DeclaredHtmlCharset("\xEF\xBB\xBF<meta charset=gbk>"), "utf-8");
}

TEST(DocumentHtmlCharset, DecodesTheDeclaredLegacyCharset) {
  std::vector<std::string> warnings;
  EXPECT_EQ(DecodeHtmlBytes("<meta charset=windows-1252><p>caf\xE9 \x93quoted\x94</p>", "a.html",
                            warnings),
            "<meta charset=windows-1252><p>caf\u00E9 \u201Cquoted\u201D</p>");
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(DecodeHtmlBytes("<meta charset=shift_jis><p>\x93\xFA\x96\x7B</p>", "a.html", warnings),
            "<meta charset=shift_jis><p>\u65E5\u672C</p>");
  EXPECT_EQ(DecodeHtmlBytes("<meta charset=gbk><p>\xD6\xD0\xCE\xC4</p>", "a.html", warnings),
            "<meta charset=gbk><p>\u4E2D\u6587</p>");
}

TEST(DocumentHtmlCharset, UndeclaredBytesThatAreNotUtf8AreWindows1252) {
  std::vector<std::string> warnings;
  EXPECT_EQ(DecodeHtmlBytes("<p>na\xEFve</p>", "a.html", warnings), "<p>na\u00EFve</p>");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "a.html: not UTF-8 and no charset declared; read as windows-1252");
}

TEST(DocumentHtmlCharset, Utf8BytesStayUtf8WhateverTheyDeclare) {
  std::vector<std::string> warnings;
  EXPECT_EQ(DecodeHtmlBytes("<meta charset=gb2312><p>\u4E2D</p>", "a.html", warnings),
            "<meta charset=gb2312><p>\u4E2D</p>");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "a.html: declares charset gb2312 but is UTF-8; read as UTF-8");
}

TEST(DocumentHtmlCharset, InvalidBytesAreWarnedAboutWithTheirOffset) {
  std::vector<std::string> warnings;
  const std::string text = DecodeHtmlBytes("<meta charset=utf-8><p>a\xFF</p>", "a.html", warnings);
  EXPECT_EQ(text, "<meta charset=utf-8><p>a\uFFFD</p>");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "a.html: 1 invalid byte sequence(s) for utf-8, the first at byte 24; shown as U+FFFD");
}

TEST(DocumentHtmlCharset, RecognizesWellFormedUtf8) {
  EXPECT_TRUE(IsValidUtf8("plain \u00E9\u4E2D\U0001F600"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("\xE4\xB8"));      // cut short
}

}  // namespace
}  // namespace spoken
