// PageWords: the words that Spoken itself writes on an edition's pages (the transcript
// page, the EPUB's navigation), as opposed to the article's own text, in the edition's
// language, so that a Spanish page does not show "Contents" or "Download the MP3" under
// <html lang="es"> (WCAG 3.1.2; a screen reader would say English words with a Spanish voice).
#pragma once

#include <string>
#include <string_view>

#include "publish/article_html.h"             // LangMarkup
#include "publish/glossary_html.h"            // GlossaryWords
#include "publish/transcript_reading_aids.h"  // ReadingAidsWords

namespace spoken {

struct PageWords {
  std::string_view site_nav;        // aria-label of the site's navigation: "Site"
  std::string_view all_editions;    // link to the site's index: "All audio editions"
  std::string_view podcast_feed;    // link to the feed: "Podcast feed"
  std::string_view skip_to_main;    // the skip link: "Skip to main content"
  std::string_view title_suffix;    // after the title in <title>: ": audio edition and transcript"
  std::string_view heading_suffix;  // after the title in <h1>: " (audio edition)"
  std::string_view audio_version_of;   // "Audio version of " + the_article + quoted title
  std::string_view the_article;        // "the article"
  std::string_view open_quote;         // around the article's title: "“"
  std::string_view close_quote;        // "”"
  std::string_view by;                 // before the author: " by "
  std::string_view published;          // before the date: ", published "
  std::string_view read_by_voice;      // before the length: ", read by a synthetic voice. Length "
  std::string_view text_follows;       // ". The full text follows the player."
  std::string_view captions;           // the captions track's label: "Captions"
  std::string_view sections;           // the chapters track's label and contents heading
  std::string_view download_mp3;       // "Download the MP3"
  std::string_view decimal_separator;  // in the MP3's size, "1.5 MB": "."
  std::string_view epub_link;          // "Read-along book (EPUB 3: ...)"
  std::string_view text_transcript;    // "Plain-text transcript"
  std::string_view captions_link;      // "Captions (WebVTT)"
  std::string_view transcript;         // the transcript's heading: "Transcript"
  std::string_view made_with;          // the footer, before the version: "... made with Spoken "
  std::string_view contents;           // the EPUB's table of contents: "Contents"
  std::string_view pronunciation;      // the glossary's title: "Pronunciation"
  std::string_view landmarks;          // the EPUB's landmarks: "Landmarks"
  std::string_view contents_title;     // after the title in the EPUB nav's <title>: ": contents"
  std::string_view pronunciation_title;  // in the EPUB glossary's <title>: ": pronunciation"
  std::string_view glossary;             // the EPUB glossary's aria-label: "Glossary"
  std::string_view glossary_intro;       // "How the audio edition says these terms. ..."
  std::string_view say_it;               // before a respelling: "Say it: "
  std::string_view read_as;              // before an alias: "Read as: "
  std::string_view ipa;                  // before the IPA: "IPA: "
  ReadingAidsWords aids;                 // the transcript page's reading aids
};

/// The words for a page in `language` and how to mark the elements holding them.
struct PageText {
  const PageWords& words;  // static data
  /// "" when `words` are in the page's language; otherwise the words are English and this
  /// is ` lang="en"` (and ` xml:lang="en"` in XHTML, ` dir="ltr"` on a right-to-left page),
  /// to be put on every element whose text comes from `words`, so that assistive
  /// technology switches to an English voice.
  std::string mark;
  /// The article's own text (its title) inside a marked element: LangAttributes of the
  /// page's language inside English; "" when `mark` is "".
  std::string article_mark;
};

/// The words for the BCP 47 `language` (any case, "-" or "_"): hand-written for en, de, es,
/// fr, it and pt ("" counts as English), English with the marks for any other language.
PageText PageTextFor(const std::string& language, LangMarkup markup);

/// The glossary's words and marks from `text`.
GlossaryWords GlossaryWordsOf(const PageText& text);

/// `mark` when the page is not in English, whatever its table: for parts of a page whose
/// text is English in every edition (the reading aids, the notes on the source).
std::string EnglishMark(const std::string& language, LangMarkup markup);

}  // namespace spoken
