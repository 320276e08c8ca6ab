// The charset of a web page's bytes, found the way browsers find it before parsing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spoken {

/// The charset `bytes` declare, lowercase, or "" when they declare none: a byte order mark
/// first, else the first <meta charset="X"> or <meta http-equiv="Content-Type"
/// content="...; charset=X"> in the first kPrescanBytes bytes (the prescan of the HTML
/// standard, simplified: comments and other tags are skipped by looking for "<meta").
std::string DeclaredHtmlCharset(std::string_view bytes);

/// True when `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past
/// U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

/// True when `bytes` hold a byte of 0x80 or above.
bool HasNonAscii(std::string_view bytes);

inline constexpr size_t kPrescanBytes = 1024;

/// A web page's bytes as UTF-8. The declared charset is used (DeclaredHtmlCharset), except
/// that bytes which are well-formed UTF-8 with some non-ASCII are read as UTF-8 whatever
/// they declare (a page saved as UTF-8 keeps its old <meta>; legacy text is almost never
/// valid UTF-8 by chance), and undeclared bytes that are not UTF-8 are read as
/// windows-1252 (the web's legacy default). Appends to `warnings` ("PATH: ...") when the
/// declaration is overruled or unknown, and when bytes are invalid in the charset (their
/// count and the first offset). Never fails: the worst case is U+FFFD in the text.
std::string DecodeHtmlBytes(std::string_view bytes, const std::string& path,
                            std::vector<std::string>& warnings);

}  // namespace spoken
