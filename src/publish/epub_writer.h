// SLUG.epub: the edition as an EPUB 3.3 read-along book (standards §6). The parts, one
// writer each: epub_content_writer (the article's XHTML), epub_smil_writer (Media
// Overlays), epub_nav_writer (navigation document), epub_glossary_writer (pronunciation
// glossary), epub_package_writer (package document with accessibility metadata), all
// stored in a ZIP by epub_zip.
#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "audio/edition.h"
#include "core/result.h"

namespace spoken {

/// What one Media Overlay `par` covers: a sentence, or each timed word of it.
enum class EpubSync { kSentence, kWord };

/// The sync named "sentence" or "word" (spoken.yaml `epub.sync`); nullopt otherwise.
std::optional<EpubSync> EpubSyncNamed(std::string_view name);

/// The `epub:` part of spoken.yaml.
struct EpubConfig {
  EpubSync sync = EpubSync::kSentence;
};

/// Names inside the container, relative to the package document (EPUB/package.opf).
struct EpubPaths {
  static constexpr const char* kPackage = "EPUB/package.opf";
  static constexpr const char* kArticle = "article.xhtml";
  static constexpr const char* kOverlay = "article.smil";
  static constexpr const char* kNav = "nav.xhtml";
  static constexpr const char* kGlossary = "glossary.xhtml";
  static constexpr const char* kStyle = "style.css";
  static constexpr const char* kLexicon = "pronunciation.pls";
  /// The edition's MP3 inside the book: "audio/" + the MP3's file name.
  static std::string Audio(const Edition& edition) { return "audio/" + edition.audio.file; }
};

/// A picture of the article that goes into the book: the image of every figure whose
/// ScriptBlock::image is `source`.
struct EpubImage {
  std::string source;      // as the article names it
  std::string href;        // inside the book, relative to the package: "images/image-1.png"
  std::string media_type;  // an EPUB 3.3 core media type: image/png, jpeg, gif or webp
  std::string bytes;
};

/// Identity of the book, given by the caller so that the writers stay pure.
struct EpubOptions {
  EpubConfig config;
  std::string edition_url;        // where the edition is published; names the book (urn:uuid v5)
  std::string publisher;          // who publishes it and certifies its accessibility (the site)
  std::vector<EpubImage> images;  // figures' pictures; a figure whose image is not here is
                                  // its caption alone
};

/// Writes the whole EPUB to `out`: mimetype (first, stored), META-INF/container.xml, the
/// package document, nav, article XHTML, its SMIL overlay, the glossary and the PLS
/// lexicon when the edition used pronunciation hints, a style sheet, the figures' images and `mp3`
/// (the edition's tagged MP3, whose timings the Timeline gives) as the one audio file every clip
/// points into. The MP3 is copied from `mp3` in pieces (StoredZipWriter::AddFrom), so memory does
/// not grow with the edition; `out` must be seekable (a file). Equal input gives byte-identical
/// output. Fails when the archive would need ZIP64, or with kIo when reading `mp3` or writing `out`
/// fails.
Status WriteEpub(const Edition& edition, std::istream& mp3, const EpubOptions& options,
                 std::ostream& out);

}  // namespace spoken
