// The transcript page's reading aids: style sheet, controls and the script behind them.
#pragma once

#include <ostream>
#include <string_view>

namespace spoken {

/// The page's style sheet: readable, high contrast, the reader's font size, controls of at
/// least 24 by 24 CSS px (WCAG 2.5.8), and the highlight classes the script sets
/// ("current" on a sentence, "current-word" on a word).
std::string_view TranscriptStyle();

/// Writes <div id="reading-aids" hidden>: a resume offer (filled by the script), buttons to
/// skip to the previous or next sentence and section and to move focus to the current
/// sentence, a speed menu (0.5x to 3x: a menu, nothing to drag, WCAG 2.5.7), a highlight
/// choice (sentence, word, none) and the keyboard shortcuts explained. Hidden until the
/// script shows it: without script the page is the plain player and the transcript.
/// `attributes` go on the <div>: its words are English on every page, so on a page in
/// another language they are EnglishMark's ` lang="en"`.
void WriteReadingAids(std::ostream& out, std::string_view attributes = "");

/// The page's script. Needs #player (with data-edition = the slug) and the markup of
/// transcript_html_writer: contents links and sentences (.sentence) and words (.w) with
/// data-start and data-end in seconds. It seeks from the contents links; plays from a
/// sentence on click, or on Enter when it has focus; skips by sentence (Alt+Shift+Left and
/// Right) and by section (Alt+Shift+Up and Down); remembers the speed and the highlight
/// (localStorage, for all editions) and the position (per edition) and offers to resume;
/// highlights while playing and scrolls the highlight into view without moving focus.
std::string_view TranscriptScript();

}  // namespace spoken
