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

}  // namespace

Status TagMp3File(const std::string& path, const Id3Metadata& metadata,
                  const std::vector<Id3Chapter>& chapters) {
  if (chapters.empty() || chapters.size() > 255) {
    return InvalidInput("an MP3 needs 1 to 255 chapters, not " + std::to_string(chapters.size()));
  }
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

  auto* toc = new TagLib::ID3v2::TableOfContentsFrame("toc");
  toc->setIsTopLevel(true);
  toc->setIsOrdered(true);
  toc->addEmbeddedFrame(TextFrame("TIT2", metadata.title));
  for (size_t i = 0; i < chapters.size(); ++i) {
    const TagLib::ByteVector id(("chp" + std::to_string(i)).c_str());
    TagLib::ID3v2::FrameList embedded;
    embedded.append(TextFrame("TIT2", chapters[i].title));
    tag->addFrame(new TagLib::ID3v2::ChapterFrame(id, static_cast<unsigned>(chapters[i].start_ms),
                                                  static_cast<unsigned>(chapters[i].end_ms),
                                                  0xFFFFFFFF, 0xFFFFFFFF, embedded));
    toc->addChildElement(id);
  }
  tag->addFrame(toc);

  if (!file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v3)) {
    return EngineError("TagLib could not write the ID3 tag to " + path);
  }
  return Status::Ok();
}

}  // namespace spoken
