// The EPUB's Media Overlay: which span of the article is spoken at which time (standards §6).
#pragma once

#include <ostream>

#include "audio/edition.h"
#include "publish/epub_writer.h"

namespace spoken {

/// Writes EPUB/article.smil (SMIL 3.0, EPUB 3.3 Media Overlays): per section a
/// <seq epub:textref="article.xhtml#section-N">, holding per sentence in reading order
/// <par id="par-ID"><text src="article.xhtml#ID"/><audio src="audio/SLUG.mp3"
/// clipBegin=... clipEnd=.../></par>. Clip times are the Timeline's sentence start and end
/// in whole milliseconds as the manifest gives them, as "hh:mm:ss.mmm" clock values; the
/// audio has no fragment. A sentence whose timing is empty (end <= start in ms) still gets
/// its par, ending one millisecond after it begins, since clipEnd must follow clipBegin.
/// With EpubSync::kWord, a sentence with timed words (EpubWords) is instead a
/// <seq id="seq-ID" epub:textref="article.xhtml#ID"> of one par per word ("par-ID-wN",
/// the word's own start and end); a sentence without any keeps its one par.
/// The pars of a table, a figure or a note (article_structures.h) are wrapped in
/// <seq id="seq-ID" epub:type="table|figure|endnote" epub:textref="article.xhtml#ID">, so a
/// reading system can escape the table or figure and skip the notes.
void WriteEpubSmil(const Edition& edition, EpubSync sync, std::ostream& out);

}  // namespace spoken
