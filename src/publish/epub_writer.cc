#include "publish/epub_writer.h"

#include <functional>
#include <string_view>
#include <utility>
#include <vector>

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
  // Each entry is made, stored and let go before the next: a long article's XHTML and SMIL
  // are megabytes each.
  using Render = std::function<void(std::ostream&)>;
  std::vector<std::pair<std::string, Render>> rendered = {
      {EpubPaths::kPackage, [&](std::ostream& o) { WriteEpubPackage(edition, options, o); }},
      {root + EpubPaths::kNav, [&](std::ostream& o) { WriteEpubNav(edition, o); }},
      {root + EpubPaths::kArticle,
       [&](std::ostream& o) {
         WriteEpubArticleXhtml(edition, options.config.sync, options.images, o);
       }},
      {root + EpubPaths::kOverlay,
       [&](std::ostream& o) { WriteEpubSmil(edition, options.config.sync, o); }},
      {root + EpubPaths::kStyle, [](std::ostream& o) { o << kStyle; }}};
  if (!edition.pronunciations.empty()) {
    rendered.emplace_back(root + EpubPaths::kGlossary,
                          [&](std::ostream& o) { WriteEpubGlossary(edition, o); });
    rendered.emplace_back(root + EpubPaths::kLexicon,
                          [&](std::ostream& o) { WriteEpubPls(edition, o); });
  }
  StoredZipWriter zip(out);
  for (const auto& [name, content] :
       {std::pair<std::string_view, std::string_view>{"mimetype", "application/epub+zip"},
        {"META-INF/container.xml", kContainer}}) {
    if (Status status = zip.Add(name, content); !status.ok()) return status;
  }
  for (const auto& [name, render] : rendered) {
    if (Status status = zip.Add(name, RenderToString(render)); !status.ok()) return status;
  }
  for (const EpubImage& image : options.images) {
    if (Status status = zip.Add(root + image.href, image.bytes); !status.ok()) return status;
  }
  if (Status status = zip.AddFrom(root + EpubPaths::Audio(edition), mp3); !status.ok()) {
    return status;
  }
  return zip.Finish();
}

}  // namespace spoken
