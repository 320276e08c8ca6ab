#include "publish/transcript_html_writer.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/language_tag.h"
#include "core/time_format.h"
#include "core/url.h"
#include "publish/article_html.h"
#include "publish/glossary_html.h"
#include "publish/manifest.h"
#include "publish/markup.h"
#include "publish/not_read_html.h"
#include "publish/page_words.h"
#include "publish/transcript_reading_aids.h"

namespace spoken {
namespace {

std::string Seconds(int64_t ms) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%lld.%03lld", static_cast<long long>(ms / 1000),
                static_cast<long long>(ms % 1000));
  return buffer;
}

// ISO 8601 duration for <time datetime>, e.g. PT1M7S.
std::string IsoDuration(int64_t ms) {
  const int64_t seconds = ms / 1000;
  std::string out = "PT";
  if (seconds >= 3600) out += std::to_string(seconds / 3600) + "H";
  if (seconds >= 60) out += std::to_string(seconds / 60 % 60) + "M";
  return out + std::to_string(seconds % 60) + "S";
}

std::string TimeElement(int64_t ms) {
  return "<time datetime=\"" + IsoDuration(ms) + "\">" + FormatShortClockMs(ms) + "</time>";
}

class TranscriptPage {
 public:
  TranscriptPage(const Edition& edition, const PageContext& context, std::ostream& out)
      : edition_(edition),
        context_(context),
        out_(out),
        rate_(edition.timeline.sample_rate_hz),
        glossary_links_(GlossaryAnchors(edition.pronunciations, "")),
        text_(PageTextFor(edition.script.info.language, LangMarkup::kHtml)),
        words_(text_.words),
        english_(EnglishMark(edition.script.info.language, LangMarkup::kHtml)) {
    ForEachSentence(edition.script, [&](size_t, const ScriptBlock&, const Sentence& sentence,
                                        size_t index) { sentence_index_[&sentence] = index; });
  }

  void Write() {
    const ArticleInfo& info = edition_.script.info;
    out_ << "<!DOCTYPE html>\n<html lang=\"" << EscapeXml(info.language) << "\""
         << RootDirAttribute(info.language) << ">\n<head>\n"
         << "<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<title>" << EscapeXml(info.title) << words_.title_suffix << " | "
         << EscapeXml(context_.site_title) << "</title>\n";
    if (!info.description.empty()) {
      out_ << "<meta name=\"description\" content=\"" << EscapeXml(info.description) << "\">\n";
    }
    out_ << "<link rel=\"alternate\" type=\"application/rss+xml\" href=\""
         << EscapeXml(context_.feed) << "\" title=\"" << EscapeXml(context_.site_title) << "\">\n"
         << "<style>" << TranscriptStyle() << "</style>\n</head>\n<body>\n"
         << "<a class=\"skip-link\" href=\"#main\"" << text_.mark << ">" << words_.skip_to_main
         << "</a>\n"
         << "<header><nav aria-label=\"" << words_.site_nav << "\"" << text_.mark << "><a href=\""
         << EscapeXml(context_.site_index) << "\">" << words_.all_editions << "</a> · <a href=\""
         << EscapeXml(context_.feed) << "\">" << words_.podcast_feed << "</a> <span"
         << SiteTitleLang() << ">(" << EscapeXml(context_.site_title) << ")</span></nav></header>\n"
         << "<main id=\"main\">\n<article>\n";
    WriteIntroduction();
    WriteContents();
    WriteTranscript();
    WriteGlossaryHtml(edition_.pronunciations, out_, GlossaryWordsOf(text_));
    WriteNotReadAloudHtml(edition_.skipped, edition_.source_warnings,
                          edition_.script.info.source_path, out_, english_);
    out_ << "</article>\n</main>\n<footer><p" << text_.mark << ">" << words_.made_with
         << EscapeXml(edition_.spoken_version) << ".</p></footer>\n"
         << "<script>" << TranscriptScript() << "</script>\n</body>\n</html>\n";
  }

 private:
  // The site's title is in the site's language, which may not be the edition's.
  std::string SiteTitleLang() const {
    const std::string& site = context_.site_language;
    const std::string& page = edition_.script.info.language;
    if (site.empty() || SamePrimaryLanguage(site, page)) return "";
    return LangAttributes(site, page, LangMarkup::kHtml);
  }

  // Spoken's `words` in an element of their own when they are English on another page.
  std::string Marked(std::string_view words) const {
    if (text_.mark.empty()) return std::string(words);
    return "<span" + text_.mark + ">" + std::string(words) + "</span>";
  }

  // The article's `text` (its title, its author), escaped, inside Spoken's words.
  std::string ArticleText(const std::string& text) const {
    if (text_.article_mark.empty()) return EscapeXml(text);
    return "<span" + text_.article_mark + ">" + EscapeXml(text) + "</span>";
  }

  void WriteIntroduction() {
    const ArticleInfo& info = edition_.script.info;
    const EditionFiles files = EditionFiles::ForSlug(info.slug);
    const int64_t duration_ms = SamplesToMs(edition_.audio.duration_samples, rate_);
    out_ << "<h1>" << EscapeXml(info.title) << Marked(words_.heading_suffix) << "</h1>\n<p"
         << text_.mark << ">" << words_.audio_version_of;
    const std::string quoted_title = std::string(words_.the_article) +
                                     std::string(words_.open_quote) + ArticleText(info.title) +
                                     std::string(words_.close_quote);
    if (info.url.empty() || !IsAllowedLinkUrl(info.url)) {
      out_ << quoted_title;
    } else {
      out_ << "<a href=\"" << EscapeXml(info.url) << "\">" << quoted_title << "</a>";
    }
    if (!info.author.empty()) out_ << words_.by << ArticleText(info.author);
    if (!info.date.empty())
      out_ << words_.published << "<time datetime=\"" << EscapeXml(info.date) << "\">"
           << EscapeXml(info.date) << "</time>";
    out_ << words_.read_by_voice << TimeElement(duration_ms) << words_.text_follows << "</p>\n"
         << "<audio id=\"player\" controls preload=\"metadata\" data-edition=\""
         << EscapeXml(info.slug) << "\" src=\"" << EscapeXml(PercentEncodePathSegment(files.audio))
         << "\">\n<track kind=\"captions\" src=\""
         << EscapeXml(PercentEncodePathSegment(files.captions)) << "\" srclang=\""
         << EscapeXml(info.language) << "\" label=\"" << words_.captions << "\" default>\n"
         << "<track kind=\"chapters\" src=\""
         << EscapeXml(PercentEncodePathSegment(files.chapters_vtt)) << "\" srclang=\""
         << EscapeXml(info.language) << "\" label=\"" << words_.sections << "\">\n"
         << "<a href=\"" << EscapeXml(PercentEncodePathSegment(files.audio)) << "\"" << text_.mark
         << ">" << words_.download_mp3 << "</a>\n</audio>\n";
    WriteReadingAids(words_.aids, text_.mark, out_);
    const uint64_t tenths_mb = (edition_.audio.bytes + 50'000) / 100'000;  // 0.1 MB steps
    out_ << "<ul" << text_.mark << ">\n<li><a href=\""
         << EscapeXml(PercentEncodePathSegment(files.audio)) << "\" download>"
         << words_.download_mp3 << " (" << tenths_mb / 10;
    if (tenths_mb % 10 != 0) out_ << words_.decimal_separator << tenths_mb % 10;
    out_ << " MB)</a></li>\n"
         << "<li><a href=\"" << EscapeXml(PercentEncodePathSegment(files.epub)) << "\">"
         << words_.epub_link << "</a></li>\n"
         << "<li><a href=\"" << EscapeXml(PercentEncodePathSegment(files.transcript_text)) << "\">"
         << words_.text_transcript << "</a></li>\n"
         << "<li><a href=\"" << EscapeXml(PercentEncodePathSegment(files.captions)) << "\">"
         << words_.captions_link << "</a></li>\n</ul>\n";
  }

  void WriteContents() {
    out_ << "<nav aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\"" << text_.mark
         << ">" << words_.sections << "</h2>\n<ol>\n";
    for (size_t s = 0; s < edition_.script.sections.size(); ++s) {
      const int64_t start_ms = SectionStartMs(s);
      out_ << "<li><a href=\"#section-" << s + 1 << "\" data-start=\"" << Seconds(start_ms) << "\">"
           << SectionTitleHtml(edition_.script.sections[s], edition_.script.info.language,
                               LangMarkup::kHtml)
           << "</a> " << TimeElement(start_ms) << "</li>\n";
    }
    out_ << "</ol>\n</nav>\n";
  }

  void WriteTranscript() {
    out_ << "<section aria-labelledby=\"transcript-heading\">\n"
         << "<h2 id=\"transcript-heading\"" << text_.mark << ">" << words_.transcript << "</h2>\n";
    for (size_t s = 0; s < edition_.script.sections.size(); ++s) {
      const ScriptSection& section = edition_.script.sections[s];
      out_ << "<section id=\"section-" << s + 1 << "\" aria-labelledby=\"section-" << s + 1
           << "-heading\"" << SectionSemantics(section, LangMarkup::kHtml) << ">\n<h3 id=\"section-"
           << s + 1 << "-heading\">"
           << SectionTitleHtml(section, edition_.script.info.language, LangMarkup::kHtml)
           << " <small>" << TimeElement(SectionStartMs(s)) << "</small></h3>\n";
      // Announcement and heading sentences are said aloud; the intro and the h3 show them.
      WriteBodyBlocks(
          edition_.script, s, LangMarkup::kHtml,
          [&](const ScriptBlock& block, const Sentence& sentence) {
            return SentenceSpan(block, sentence);
          },
          out_);
      out_ << "</section>\n";
    }
    out_ << "</section>\n";
  }

  // A sentence and its words, each with its start and end in seconds for the script.
  std::string SentenceSpan(const ScriptBlock& block, const Sentence& sentence) {
    const SentenceTiming& timing = edition_.timeline.sentences[sentence_index_.at(&sentence)];
    const std::vector<TextAnchor>& glossary = glossary_links_[sentence.id];
    std::vector<WordSpan> words;
    for (const DisplayWord& word : DisplayWords(block, sentence, timing, glossary)) {
      words.push_back({word.begin, word.end,
                       " class=\"w\" data-start=\"" +
                           Seconds(SamplesToMs(word.start_sample, rate_)) + "\" data-end=\"" +
                           Seconds(SamplesToMs(word.end_sample, rate_)) + "\""});
    }
    return "<span class=\"sentence\" id=\"" + sentence.id + "\" data-start=\"" +
           Seconds(SamplesToMs(timing.start_sample, rate_)) + "\" data-end=\"" +
           Seconds(SamplesToMs(timing.end_sample, rate_)) + "\">" +
           SentenceInnerHtml(block, sentence, glossary, words,
                             {LangMarkup::kHtml, LanguageOf(block, edition_.script.info)}) +
           "</span>";
  }

  int64_t SectionStartMs(size_t s) const {
    return SamplesToMs(edition_.timeline.sections[s].start_sample, rate_);
  }

  const Edition& edition_;
  const PageContext& context_;
  std::ostream& out_;
  const int rate_;
  std::map<std::string, std::vector<TextAnchor>> glossary_links_;  // by sentence id
  const PageText text_;        // Spoken's own words on the page, and their marks
  const PageWords& words_;     // text_.words
  const std::string english_;  // EnglishMark of the page's language
  std::map<const Sentence*, size_t> sentence_index_;  // in reading order
};

}  // namespace

void WriteTranscriptHtml(const Edition& edition, const PageContext& context, std::ostream& out) {
  TranscriptPage(edition, context, out).Write();
}

}  // namespace spoken
