#include "publish/epub_writer.h"

#include "publish/epub_content_writer.h"
#include "publish/epub_glossary_writer.h"
#include "publish/epub_nav_writer.h"
#include "publish/epub_package_writer.h"
#include "publish/epub_pls_writer.h"
#include "publish/epub_smil_writer.h"
#include "publish/epub_zip.h"
#include "publish/markup.h"

namespace spoken {
namespace {

constexpr const char* kContainer = R"(<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
)";

// Relative units only (displayTransformability); the reading system's own colours win.
// The active class is what media:active-class names: the sentence being read.
constexpr const char* kStyle = R"(body{line-height:1.6}
h1,h2{line-height:1.25}
blockquote{border-left:.25em solid #888;margin-left:0;padding-left:1em}
figure img{max-width:100%;height:auto}
.announcement{font-style:italic}
.-epub-media-overlay-active{background-color:#fff3b0;color:#1a1a1a}
dt{font-weight:bold;margin-top:.75em}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
)";

}  // namespace

std::optional<EpubSync> EpubSyncNamed(std::string_view name) {
  if (name == "sentence") return EpubSync::kSentence;
  if (name == "word") return EpubSync::kWord;
  return std::nullopt;
}

Status WriteEpub(const Edition& edition, std::istream& mp3, const EpubOptions& options,
                 std::ostream& out) {
  const std::string root = "EPUB/";
  std::vector<std::pair<std::string, std::string>> entries = {
      {"mimetype", "application/epub+zip"},
      {"META-INF/container.xml", kContainer},
      {EpubPaths::kPackage,
       RenderToString([&](std::ostream& o) { WriteEpubPackage(edition, options, o); })},
      {root + EpubPaths::kNav, RenderToString([&](std::ostream& o) { WriteEpubNav(edition, o); })},
      {root + EpubPaths::kArticle, RenderToString([&](std::ostream& o) {
         WriteEpubArticleXhtml(edition, options.config.sync, options.images, o);
       })},
      {root + EpubPaths::kOverlay,
       RenderToString([&](std::ostream& o) { WriteEpubSmil(edition, options.config.sync, o); })},
      {root + EpubPaths::kStyle, kStyle}};
  if (!edition.pronunciations.empty()) {
    entries.emplace_back(root + EpubPaths::kGlossary,
                         RenderToString([&](std::ostream& o) { WriteEpubGlossary(edition, o); }));
    entries.emplace_back(root + EpubPaths::kLexicon,
                         RenderToString([&](std::ostream& o) { WriteEpubPls(edition, o); }));
  }
  for (const EpubImage& image : options.images)
    entries.emplace_back(root + image.href, image.bytes);
  StoredZipWriter zip(out);
  for (const auto& [name, content] : entries) {
    if (Status status = zip.Add(name, content); !status.ok()) return status;
  }
  if (Status status = zip.AddFrom(root + EpubPaths::Audio(edition), mp3); !status.ok()) {
    return status;
  }
  return zip.Finish();
}

}  // namespace spoken
