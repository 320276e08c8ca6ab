#include "publish/transcript_html_writer.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/time_format.h"
#include "publish/article_html.h"
#include "publish/glossary_html.h"
#include "publish/manifest.h"
#include "publish/markup.h"

namespace spoken {
namespace {

// Shared by the transcript page: readable, high contrast, respects the reader's font size.
constexpr const char* kStyle = R"(
body{font:1.125rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:0 1rem;color:#1a1a1a;background:#fff}
a{color:#0645ad}a:focus,button:focus{outline:3px solid #b35900;outline-offset:2px}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
audio{width:100%}nav ol{padding-left:1.5rem}time{color:#444;font-variant-numeric:tabular-nums}
.sentence.current{background:#fff3b0}blockquote{border-left:4px solid #ccc;margin-left:0;padding-left:1rem}
dl dt{font-weight:bold;margin-top:.75rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}a{color:#8ab4f8}time{color:#bbb}.sentence.current{background:#5c4b00}}
)";

// Progressive enhancement: contents links also seek the player; the sentence being read is
// highlighted. Nothing is hidden from users without script.
constexpr const char* kScript = R"(
(function(){var p=document.getElementById('player');if(!p)return;
document.querySelectorAll('a[data-start]').forEach(function(a){a.addEventListener('click',function(){
p.currentTime=parseFloat(a.dataset.start);});});
var s=Array.prototype.slice.call(document.querySelectorAll('.sentence[data-start]')),c=null;
p.addEventListener('timeupdate',function(){var t=p.currentTime,n=null;
for(var i=0;i<s.length;i++){if(t>=parseFloat(s[i].dataset.start)&&t<parseFloat(s[i].dataset.end)){n=s[i];break;}}
if(n!==c){if(c)c.classList.remove('current');if(n)n.classList.add('current');c=n;}});})();
)";

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
        glossary_links_(GlossaryAnchors(edition.pronunciations, "")) {
    ForEachSentence(edition.script, [&](size_t, const ScriptBlock&, const Sentence& sentence,
                                        size_t index) { sentence_index_[&sentence] = index; });
  }

  void Write() {
    const ArticleInfo& info = edition_.script.info;
    out_ << "<!DOCTYPE html>\n<html lang=\"" << EscapeXml(info.language) << "\">\n<head>\n"
         << "<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<title>" << EscapeXml(info.title) << ": audio edition and transcript | "
         << EscapeXml(context_.site_title) << "</title>\n";
    if (!info.description.empty()) {
      out_ << "<meta name=\"description\" content=\"" << EscapeXml(info.description) << "\">\n";
    }
    out_ << "<link rel=\"alternate\" type=\"application/rss+xml\" href=\""
         << EscapeXml(context_.feed) << "\" title=\"" << EscapeXml(context_.site_title) << "\">\n"
         << "<style>" << kStyle << "</style>\n</head>\n<body>\n"
         << "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n"
         << "<header><nav aria-label=\"Site\"><a href=\"" << EscapeXml(context_.site_index)
         << "\">All audio editions</a> · <a href=\"" << EscapeXml(context_.feed)
         << "\">Podcast feed</a> <span>(" << EscapeXml(context_.site_title)
         << ")</span></nav></header>\n"
         << "<main id=\"main\">\n<article>\n";
    WriteIntroduction();
    WriteContents();
    WriteTranscript();
    WriteGlossaryHtml(edition_.pronunciations, out_);
    out_ << "</article>\n</main>\n<footer><p>Audio, captions and transcript made with Spoken "
         << EscapeXml(edition_.spoken_version) << ".</p></footer>\n"
         << "<script>" << kScript << "</script>\n</body>\n</html>\n";
  }

 private:
  void WriteIntroduction() {
    const ArticleInfo& info = edition_.script.info;
    const EditionFiles files = EditionFiles::ForSlug(info.slug);
    const int64_t duration_ms = SamplesToMs(edition_.audio.duration_samples, rate_);
    out_ << "<h1>" << EscapeXml(info.title) << " (audio edition)</h1>\n<p>Audio version of ";
    if (info.url.empty()) {
      out_ << "the article “" << EscapeXml(info.title) << "”";
    } else {
      out_ << "<a href=\"" << EscapeXml(info.url) << "\">the article “" << EscapeXml(info.title)
           << "”</a>";
    }
    if (!info.author.empty()) out_ << " by " << EscapeXml(info.author);
    if (!info.date.empty())
      out_ << ", published <time datetime=\"" << EscapeXml(info.date) << "\">"
           << EscapeXml(info.date) << "</time>";
    out_ << ", read by a synthetic voice. Length " << TimeElement(duration_ms)
         << ". The full text follows the player.</p>\n"
         << "<audio id=\"player\" controls preload=\"metadata\" src=\"" << EscapeXml(files.audio)
         << "\">\n<track kind=\"captions\" src=\"" << EscapeXml(files.captions) << "\" srclang=\""
         << EscapeXml(info.language) << "\" label=\"Captions\" default>\n"
         << "<track kind=\"chapters\" src=\"" << EscapeXml(files.chapters_vtt) << "\" srclang=\""
         << EscapeXml(info.language) << "\" label=\"Sections\">\n"
         << "<a href=\"" << EscapeXml(files.audio) << "\">Download the MP3</a>\n</audio>\n"
         << "<ul>\n<li><a href=\"" << EscapeXml(files.audio) << "\" download>Download the MP3 ("
         << (edition_.audio.bytes + 50'000) / 100'000 / 10.0 << " MB)</a></li>\n"
         << "<li><a href=\"" << EscapeXml(files.epub)
         << "\">Read-along book (EPUB 3: the text, highlighted as it is read)</a></li>\n"
         << "<li><a href=\"" << EscapeXml(files.transcript_text)
         << "\">Plain-text transcript</a></li>\n"
         << "<li><a href=\"" << EscapeXml(files.captions)
         << "\">Captions (WebVTT)</a></li>\n</ul>\n";
  }

  void WriteContents() {
    out_ << "<nav aria-labelledby=\"contents-heading\">\n<h2 "
            "id=\"contents-heading\">Sections</h2>\n<ol>\n";
    for (size_t s = 0; s < edition_.script.sections.size(); ++s) {
      const int64_t start_ms = SectionStartMs(s);
      out_ << "<li><a href=\"#section-" << s + 1 << "\" data-start=\"" << Seconds(start_ms) << "\">"
           << EscapeXml(edition_.script.sections[s].title) << "</a> " << TimeElement(start_ms)
           << "</li>\n";
    }
    out_ << "</ol>\n</nav>\n";
  }

  void WriteTranscript() {
    out_ << "<section aria-labelledby=\"transcript-heading\">\n"
         << "<h2 id=\"transcript-heading\">Transcript</h2>\n";
    for (size_t s = 0; s < edition_.script.sections.size(); ++s) {
      const ScriptSection& section = edition_.script.sections[s];
      out_ << "<section id=\"section-" << s + 1 << "\" aria-labelledby=\"section-" << s + 1
           << "-heading\">\n<h3 id=\"section-" << s + 1 << "-heading\">" << EscapeXml(section.title)
           << " <small>" << TimeElement(SectionStartMs(s)) << "</small></h3>\n";
      // Announcement and heading sentences are said aloud; the intro and the h3 show them.
      WriteBodyBlocks(
          section, LangMarkup::kHtml,
          [&](const ScriptBlock& block, const Sentence& sentence) {
            return SentenceSpan(block, sentence);
          },
          out_);
      out_ << "</section>\n";
    }
    out_ << "</section>\n";
  }

  std::string SentenceSpan(const ScriptBlock& block, const Sentence& sentence) {
    const SentenceTiming& timing = edition_.timeline.sentences[sentence_index_.at(&sentence)];
    return "<span class=\"sentence\" id=\"" + sentence.id + "\" data-start=\"" +
           Seconds(SamplesToMs(timing.start_sample, rate_)) + "\" data-end=\"" +
           Seconds(SamplesToMs(timing.end_sample, rate_)) + "\">" +
           SentenceInnerHtml(block, sentence, glossary_links_[sentence.id]) + "</span>";
  }

  int64_t SectionStartMs(size_t s) const {
    return SamplesToMs(edition_.timeline.sections[s].start_sample, rate_);
  }

  const Edition& edition_;
  const PageContext& context_;
  std::ostream& out_;
  const int rate_;
  std::map<std::string, std::vector<TextAnchor>> glossary_links_;  // by sentence id
  std::map<const Sentence*, size_t> sentence_index_;               // in reading order
};

}  // namespace

void WriteTranscriptHtml(const Edition& edition, const PageContext& context, std::ostream& out) {
  TranscriptPage(edition, context, out).Write();
}

}  // namespace spoken
