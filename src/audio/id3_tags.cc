#include "audio/id3_tags.h"

#include <taglib/chapterframe.h>
#include <taglib/commentsframe.h>
#include <taglib/id3v2frame.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/urllinkframe.h>

namespace spoken {
namespace {

TagLib::String Utf8(const std::string& text) { return TagLib::String(text, TagLib::String::UTF8); }

TagLib::ID3v2::Frame* TextFrame(const char* id, const std::string& text) {
  auto* frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF8);
  frame->setText(Utf8(text));
  return frame;
}

// ISO 639-2 code for the COMM frame's language field.
TagLib::ByteVector CommentLanguage(const std::string& bcp47) {
  const std::string primary = bcp47.substr(0, bcp47.find('-'));
  if (primary == "en") return "eng";
  if (primary == "de") return "deu";
  if (primary == "fr") return "fra";
  if (primary == "es") return "spa";
  return "und";
}

constexpr size_t kMaxChildren = 255;  // a CTOC's entry count is one byte

// The CTOC `id` listing `children`, or, beyond 255 of them, child CTOCs of up to 255 each
// (nested deeper if those are still too many), as the chapter addendum allows: a reader
// that follows the tree meets every chapter once, in order.
void AddTableOfContents(TagLib::ID3v2::Tag* tag, const std::string& id,
                        const std::vector<TagLib::ByteVector>& children, bool top_level,
                        const std::string& title) {
  auto* toc = new TagLib::ID3v2::TableOfContentsFrame(TagLib::ByteVector(id.c_str()));
  toc->setIsTopLevel(top_level);
  toc->setIsOrdered(true);
  toc->addEmbeddedFrame(TextFrame("TIT2", title));
  if (children.size() <= kMaxChildren) {
    for (const TagLib::ByteVector& child : children) toc->addChildElement(child);
    tag->addFrame(toc);
    return;
  }
  // Groups as even as the size allows, each of at most 255 children.
  size_t groups = (children.size() + kMaxChildren - 1) / kMaxChildren;
  std::vector<TagLib::ByteVector> group_ids;
  for (size_t g = 0; g < groups; ++g) {
    const size_t first = children.size() * g / groups;
    const size_t last = children.size() * (g + 1) / groups;
    const std::string group_id = id + "." + std::to_string(g);
    group_ids.emplace_back(group_id.c_str());
    AddTableOfContents(tag, group_id,
                       {children.begin() + static_cast<std::ptrdiff_t>(first),
                        children.begin() + static_cast<std::ptrdiff_t>(last)},
                       false,
                       title + " (" + std::to_string(first + 1) + "–" + std::to_string(last) + ")");
  }
  for (const TagLib::ByteVector& group : group_ids) toc->addChildElement(group);
  tag->addFrame(toc);
}

}  // namespace

Status TagMp3File(const std::string& path, const Id3Metadata& metadata,
                  const std::vector<Id3Chapter>& chapters) {
  if (chapters.empty()) return InvalidInput("an MP3 needs at least one chapter");
  TagLib::MPEG::File file(path.c_str(), false);
  if (!file.isValid()) return EngineError("TagLib cannot read the encoded MP3 " + path);
  TagLib::ID3v2::Tag* tag = file.ID3v2Tag(true);

  tag->addFrame(TextFrame("TIT2", metadata.title));
  if (!metadata.artist.empty()) tag->addFrame(TextFrame("TPE1", metadata.artist));
  if (!metadata.album.empty()) tag->addFrame(TextFrame("TALB", metadata.album));
  if (!metadata.date.empty()) tag->addFrame(TextFrame("TDRC", metadata.date));
  tag->addFrame(TextFrame("TCON", "Podcast"));
  if (!metadata.encoded_by.empty()) tag->addFrame(TextFrame("TSSE", metadata.encoded_by));
  if (!metadata.comment.empty()) {
    auto* comment = new TagLib::ID3v2::CommentsFrame(TagLib::String::UTF8);
    comment->setLanguage(CommentLanguage(metadata.language));
    comment->setText(Utf8(metadata.comment));
    tag->addFrame(comment);
  }
  if (!metadata.url.empty()) {
    auto* link = new TagLib::ID3v2::UrlLinkFrame("WOAS");
    link->setUrl(Utf8(metadata.url));
    tag->addFrame(link);
  }

  std::vector<TagLib::ByteVector> ids;
  for (size_t i = 0; i < chapters.size(); ++i) {
    ids.emplace_back(("chp" + std::to_string(i)).c_str());
    TagLib::ID3v2::FrameList embedded;
    embedded.append(TextFrame("TIT2", chapters[i].title));
    tag->addFrame(new TagLib::ID3v2::ChapterFrame(
        ids.back(), static_cast<unsigned>(chapters[i].start_ms),
        static_cast<unsigned>(chapters[i].end_ms), 0xFFFFFFFF, 0xFFFFFFFF, embedded));
  }
  AddTableOfContents(tag, "toc", ids, true, metadata.title);

  if (!file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v3)) {
    return EngineError("TagLib could not write the ID3 tag to " + path);
  }
  return Status::Ok();
}

}  // namespace spoken
