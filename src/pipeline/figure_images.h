// The pictures of an article's figures that go into its EPUB: local files only, never a
// download.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "publish/epub_writer.h"
#include "text/script.h"

namespace spoken {

/// The most bytes one picture may have (a figure's image is a picture, not a download).
inline constexpr size_t kMaxFigureImageBytes = size_t{16} << 20;

/// The file a figure's `image` (ScriptBlock::image) names: `source_path`'s folder joined
/// with a relative path (no scheme, not absolute, no ".." step; %XX decoded, any ?query or
/// #fragment dropped). "" when it names none the book may take; then `why_not` (if given)
/// says why. Nothing is read.
std::string FigureImageFile(std::string_view image, const std::string& source_path,
                            std::string* why_not = nullptr);

/// The images of the figures of `script` (ScriptBlock::image) that the book can carry, each
/// once, in reading order, named "images/image-N.EXT": the FigureImageFile of each that is
/// a regular file of at most kMaxFigureImageBytes, and PNG, JPEG, GIF or
/// WebP by their first bytes (EPUB 3.3 core media types; SVG is left out, as it may hold
/// scripts). Every other figure image adds "SOURCE: image IMAGE is not in the EPUB: REASON;
/// the figure shows its caption" to `warnings`.
std::vector<EpubImage> CollectFigureImages(const Script& script, const std::string& source_path,
                                           std::vector<std::string>& warnings);

}  // namespace spoken
