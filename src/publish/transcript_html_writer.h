// The transcript page: player, sections, transcript, for listeners and screen-reader users.
#pragma once

#include <ostream>
#include <string>

#include "audio/edition.h"

namespace spoken {

struct PageContext {
  std::string site_title;     // shown in the header and the <title>
  std::string site_index;     // link to the list of all editions, relative to the page
  std::string feed;           // link to the podcast feed, relative to the page
  std::string site_language;  // BCP 47 of site_title; "" when unknown (then not marked)
};

/// Writes SLUG/index.html (WCAG 2.2 AA, standards §7): lang, skip link, landmarks, one h1,
/// the audio labelled as a reading of the article with a link to it (SC 1.2.1), a player
/// with caption and chapter tracks and no autoplay, a contents list whose links also move
/// the player, the transcript with one element per sentence (id = sentence id), and the
/// pronunciation glossary, and links to the downloads (MP3, EPUB, text, captions). Each
/// sentence and timed word carries data-start/data-end (seconds). Works without script: the
/// reading aids (transcript_reading_aids.h: speed, skipping, click-to-play, highlight,
/// resume) are hidden until the script shows them.
void WriteTranscriptHtml(const Edition& edition, const PageContext& context, std::ostream& out);

}  // namespace spoken
