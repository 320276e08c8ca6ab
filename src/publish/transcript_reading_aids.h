// The transcript page's reading aids: style sheet, controls and the script behind them.
#pragma once

#include <ostream>
#include <string_view>

namespace spoken {

/// The page's style sheet: readable, high contrast, the reader's font size, controls of at
/// least 24 by 24 CSS px (WCAG 2.5.8), and the highlight classes the script sets
/// ("current" on a sentence, "current-word" on a word).
std::string_view TranscriptStyle();

/// The reading aids' words (PageWords::aids), in the page's language.
struct ReadingAidsWords {
  std::string_view resume;             // "Resume"
  std::string_view start_over;         // "Start from the beginning"
  std::string_view move_group;         // the buttons' group label: "Move through the reading"
  std::string_view previous_section;   // "Previous section"
  std::string_view previous_sentence;  // "Previous sentence"
  std::string_view next_sentence;      // "Next sentence"
  std::string_view next_section;       // "Next section"
  std::string_view to_current;         // "Go to the sentence being read"
  std::string_view speed;              // "Speed"
  std::string_view highlight;          // "Highlight while playing"
  std::string_view sentence;           // "Sentence"
  std::string_view word;               // "Word"
  std::string_view none;               // "None"
  std::string_view help_summary;       // "How to use the transcript and keyboard shortcuts"
  std::string_view help_text;          // "Click a sentence, ... :"
  std::string_view left_arrow;         // key names: "Left arrow"
  std::string_view right_arrow;        // "Right arrow"
  std::string_view up_arrow;           // "Up arrow"
  std::string_view down_arrow;         // "Down arrow"
  std::string_view remembered;         // "The speed, ... are remembered in this browser."
  std::string_view stopped_at;   // the script's offer, %s the time: "You stopped at %s last time."
  std::string_view resume_from;  // the script's button, %s the time: "Resume from %s"
};

/// Writes <div id="reading-aids" hidden>: a resume offer (filled by the script from its
/// data-stopped and data-resume-from templates), buttons to skip to the previous or next
/// sentence and section and to move focus to the current sentence, a speed menu (0.5x to
/// 3x: a menu, nothing to drag, WCAG 2.5.7), a highlight choice (sentence, word, none) and
/// the keyboard shortcuts explained, in `words`, written as they are (no escaping: static
/// data without markup characters). Hidden until the script shows it: without script the
/// page is the plain player and the transcript. `attributes` go on the <div>: PageText's
/// mark, ` lang="en"` when `words` are English on a page in another language.
void WriteReadingAids(const ReadingAidsWords& words, std::string_view attributes,
                      std::ostream& out);

/// The page's script. Needs #player (with data-edition = the slug) and the markup of
/// transcript_html_writer: contents links and sentences (.sentence) and words (.w) with
/// data-start and data-end in seconds. It seeks from the contents links; plays from a
/// sentence on click, or on Enter when it has focus; skips by sentence (Alt+Shift+Left and
/// Right) and by section (Alt+Shift+Up and Down); remembers the speed and the highlight
/// (localStorage, for all editions) and the position (per edition) and offers to resume;
/// highlights while playing and scrolls the highlight into view without moving focus.
std::string_view TranscriptScript();

}  // namespace spoken
