// The EPUB's package document: metadata, manifest, spine.
#pragma once

#include <ostream>

#include "audio/edition.h"
#include "publish/epub_writer.h"

namespace spoken {

/// Writes EPUB/package.opf (EPUB 3.3): dc:identifier urn:uuid (UUIDv5 of
/// options.edition_url, so a rebuilt book keeps its identity and reading positions),
/// title, language, creator, date, description, source, publisher; dcterms:modified (the
/// article's date at midnight UTC, or 1980-01-01 without one: builds are deterministic);
/// Media Overlay metadata (media:duration in total and for the overlay, which are equal
/// since there is one; media:active-class, media:narrator); and accessibility metadata
/// (EPUB Accessibility 1.1: access modes textual and auditory, each sufficient alone,
/// features, hazard none, a summary and the WCAG 2.2 AA conformance claim certified by
/// the publisher). The manifest lists nav, article (with its overlay), overlay, glossary
/// (when there is one, in the spine as linear="no"), style sheet and the MP3.
void WriteEpubPackage(const Edition& edition, const EpubOptions& options, std::ostream& out);

}  // namespace spoken
