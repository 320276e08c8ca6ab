#include "publish/epub_package_writer.h"

#include "core/language_tag.h"
#include "core/time_format.h"
#include "core/uuid.h"
#include "publish/markup.h"

namespace spoken {
namespace {

constexpr const char* kUrlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";  // RFC 9562

void Meta(std::ostream& out, const std::string& property, const std::string& value,
          const std::string& refines = "", const std::string& attributes = "") {
  out << "<meta property=\"" << property << "\""
      << (refines.empty() ? "" : " refines=\"#" + refines + "\"") << attributes << ">"
      << EscapeXml(value) << "</meta>\n";
}

void Dc(std::ostream& out, const std::string& element, const std::string& value) {
  if (!value.empty())
    out << "<dc:" << element << ">" << EscapeXml(value) << "</dc:" << element << ">\n";
}

void Item(std::ostream& out, const std::string& id, const std::string& href,
          const std::string& media_type, const std::string& extra = "") {
  out << "<item id=\"" << id << "\" href=\"" << EscapeXml(href) << "\" media-type=\"" << media_type
      << "\"" << extra << "/>\n";
}

}  // namespace

void WriteEpubPackage(const Edition& edition, const EpubOptions& options, std::ostream& out) {
  const ArticleInfo& info = edition.script.info;
  const bool glossary = !edition.pronunciations.empty();
  const std::string duration =
      FormatClockMs(SamplesToMs(edition.audio.duration_samples, edition.audio.sample_rate_hz));
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
         "unique-identifier=\"book-id\" xml:lang=\""
      << EscapeXml(info.language)
      << "\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
      << "<dc:identifier id=\"book-id\">urn:uuid:" << UuidV5(kUrlNamespace, options.edition_url)
      << "</dc:identifier>\n";
  Dc(out, "title", info.title);
  Dc(out, "language", info.language);
  Dc(out, "creator", info.author);
  Dc(out, "date", info.date);
  Dc(out, "description", info.description);
  Dc(out, "source", info.url);
  Dc(out, "publisher", options.publisher);
  Meta(out, "dcterms:modified", (info.date.empty() ? "1980-01-01" : info.date) + "T00:00:00Z");

  Meta(out, "media:duration", duration);
  Meta(out, "media:duration", duration, "article-overlay");
  Meta(out, "media:active-class", "-epub-media-overlay-active");
  Meta(out, "media:playback-active-class", "-epub-media-overlay-playing");
  // Spoken's own English sentences, marked as such in a book in another language.
  const std::string english =
      info.language.empty() || PrimaryLanguage(info.language) == "en" ? "" : " xml:lang=\"en\"";
  Meta(out, "media:narrator", "Synthetic voice (eSpeak NG, " + info.voice + ")", "", english);

  const bool images = !options.images.empty();
  for (const char* mode : {"textual", "auditory"}) Meta(out, "schema:accessMode", mode);
  if (images) Meta(out, "schema:accessMode", "visual");
  for (const char* mode : {"textual", "auditory"}) Meta(out, "schema:accessModeSufficient", mode);
  for (const char* feature : {"synchronizedAudioText", "structuralNavigation", "tableOfContents",
                              "readingOrder", "displayTransformability"}) {
    Meta(out, "schema:accessibilityFeature", feature);
  }
  if (glossary) Meta(out, "schema:accessibilityFeature", "ttsMarkup");  // the PLS lexicon
  if (images) Meta(out, "schema:accessibilityFeature", "alternativeText");
  Meta(out, "schema:accessibilityHazard", "none");
  Meta(out, "schema:accessibilitySummary",
       "The full text of the article with a synthetic-voice reading: every sentence is "
       "highlighted as it is spoken (Media Overlays), in reading order, with a table of "
       "contents and headings for each section." +
           std::string(images ? " Images have alt text or a caption, and captions are read aloud."
                              : "") +
           std::string(glossary ? " A pronunciation glossary (respellings and IPA) follows the "
                                  "text; it is not narrated."
                                : ""),
       "", english);
  Meta(out, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
  Meta(out, "a11y:certifiedBy", options.publisher);
  out << "</metadata>\n<manifest>\n";
  Item(out, "nav", EpubPaths::kNav, "application/xhtml+xml", " properties=\"nav\"");
  Item(out, "article", EpubPaths::kArticle, "application/xhtml+xml",
       " media-overlay=\"article-overlay\"");
  Item(out, "article-overlay", EpubPaths::kOverlay, "application/smil+xml");
  if (glossary) {
    Item(out, "glossary", EpubPaths::kGlossary, "application/xhtml+xml");
    Item(out, "lexicon", EpubPaths::kLexicon, "application/pls+xml");
  }
  Item(out, "style", EpubPaths::kStyle, "text/css");
  Item(out, "audio", EpubPaths::Audio(edition), "audio/mpeg");
  for (size_t i = 0; i < options.images.size(); ++i) {
    Item(out, "image-" + std::to_string(i + 1), options.images[i].href,
         options.images[i].media_type);
  }
  out << "</manifest>\n<spine>\n<itemref idref=\"article\"/>\n";
  if (glossary) out << "<itemref idref=\"glossary\" linear=\"no\"/>\n";
  out << "</spine>\n</package>\n";
}

}  // namespace spoken
