// Reads back what the EPUB writers wrote, for `spoken audit`: the Media Overlay's clips and
// the package's declared durations. Not a general SMIL or OPF parser: it reads the
// elements and attributes epub_smil_writer and epub_package_writer write, as they write them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace spoken {

/// One <par>: the text it points to and the audio clip, in milliseconds.
struct OverlayClip {
  std::string text_file;  // text@src before '#'
  std::string fragment;   // text@src after '#'
  std::string audio;      // audio@src
  int64_t begin_ms = 0;
  int64_t end_ms = 0;
};

/// Every <par> of `smil` in document order. kInvalidInput names the par whose text or
/// audio element, src or clip times ("h:mm:ss.mmm" clock values) are missing or malformed.
Result<std::vector<OverlayClip>> ReadEpubOverlay(std::string_view smil);

/// The media:duration metadata of a package document, in milliseconds.
struct DeclaredDurations {
  std::optional<int64_t> total_ms;   // the one without `refines`
  std::vector<int64_t> overlays_ms;  // one per Media Overlay (`refines`)
};

/// kInvalidInput when a media:duration is not a clock value.
Result<DeclaredDurations> ReadMediaDurations(std::string_view package);

/// Milliseconds of a SMIL full or partial clock value ("0:00:04.250", "00:04.25");
/// nullopt for anything else.
std::optional<int64_t> ParseClockMs(std::string_view clock);

}  // namespace spoken
