// ID3v2 tags and chapters (CHAP + CTOC) with TagLib, on an MP3 held in memory.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace spoken {

struct Id3Chapter {
  std::string title;  // UTF-8
  int64_t start_ms = 0;
  int64_t end_ms = 0;
};

struct Id3Metadata {
  std::string title;       // TIT2
  std::string artist;      // TPE1: the article's author
  std::string album;       // TALB: the site's name
  std::string date;        // TDRC, YYYY-MM-DD
  std::string language;    // BCP 47; its primary subtag picks the COMM language
  std::string comment;     // COMM: the article's description
  std::string url;         // WOAS: the written article
  std::string encoded_by;  // TSSE
};

/// Gives the MP3 file at `path` an ID3v2.3 tag holding `metadata`, one CHAP per chapter (ids chp0,
/// chp1, ..., a TIT2 each, byte offsets unused) and a top-level ordered CTOC listing them:
/// Overcast and others show no chapter list without the CTOC (standards §2). Any other tag
/// (ID3v1, APE) is removed. A CTOC lists at most 255 children (its entry count is one
/// byte): beyond 255 chapters the top-level CTOC ("toc") lists child CTOCs ("toc.0",
/// "toc.1", ...: not top-level, ordered, titled with their chapter range) of at most 255
/// CHAP each, a tree as the chapter addendum allows, nested deeper beyond 65025.
/// TagLib rewrites the file in place through a small buffer: memory stays flat.
Status TagMp3File(const std::string& path, const Id3Metadata& metadata,
                  const std::vector<Id3Chapter>& chapters);

}  // namespace spoken
