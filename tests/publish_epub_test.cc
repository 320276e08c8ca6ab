// The EPUB writers on a hand-made two-sentence edition: exact text where the format is
// small (SMIL), structure where it is not (ZIP records, XHTML nesting).
#include <gtest/gtest.h>

#include <sstream>

#include "publish/article_html.h"
#include "publish/epub_content_writer.h"
#include "publish/epub_overlay_reader.h"
#include "publish/epub_smil_writer.h"
#include "publish/epub_writer.h"
#include "publish/epub_zip.h"

namespace spoken {
namespace {

// "Read the review." with "the review" linked, then "In 2026." where "2026" is said as two
// words; 1000 samples per second so samples read as milliseconds.
Edition TwoSentenceEdition() {
  Edition edition;
  edition.script.info = {.slug = "t", .title = "T", .language = "en-US"};
  ScriptBlock block{.kind = ScriptBlockKind::kParagraph,
                    .text = "Read the review. In 2026.",
                    .links = {{.begin = 5, .end = 15, .href = "https://example.org/r"}}};
  block.sentences.push_back({.id = "s1",
                             .display = "Read the review.",
                             .spoken = "Read the review.",
                             .map = OffsetMap::Identity(16)});
  Sentence year{
      .id = "s2", .display = "In 2026.", .spoken = "In twenty twenty-six.", .display_begin = 17};
  year.map.AppendVerbatim(3);
  year.map.AppendRewrite(17, 4);
  year.map.AppendVerbatim(1);
  block.sentences.push_back(year);
  edition.script.sections.push_back({.title = "T", .blocks = {block}});
  edition.timeline.sample_rate_hz = 1000;
  edition.timeline.sentences = {
      {.start_sample = 0,
       .end_sample = 900,
       .words = {{0, 4, 0, 200}, {5, 8, 200, 400}, {9, 15, 400, 900}}},
      {.start_sample = 1200,
       .end_sample = 1200,  // an empty timing still gets its par
       .words = {{0, 2, 1200, 1300}, {3, 9, 1300, 1600}, {10, 20, 1600, 2000}}}};
  edition.timeline.sections = {{0, 2100}};
  edition.audio = {.file = "t.mp3", .duration_samples = 2100, .sample_rate_hz = 1000};
  return edition;
}

uint32_t Le32(const std::string& bytes, size_t at) {
  uint32_t value = 0;
  for (int i = 3; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

TEST(EpubZip, Crc32MatchesTheCheckValue) { EXPECT_EQ(Crc32("123456789"), 0xCBF43926u); }

TEST(EpubZip, StoresEntriesInOrderWithACentralDirectory) {
  std::ostringstream out;
  StoredZipWriter zip(out);
  ASSERT_TRUE(zip.Add("mimetype", "application/epub+zip").ok());
  ASSERT_TRUE(zip.Add("a/b.txt", "hello").ok());
  ASSERT_TRUE(zip.Finish().ok());
  const std::string bytes = out.str();
  EXPECT_EQ(Le32(bytes, 0), 0x04034b50u);
  EXPECT_EQ(bytes.substr(30, 8), "mimetype");  // first, no extra field: EPUB's magic at 38
  EXPECT_EQ(bytes.substr(38, 20), "application/epub+zip");
  EXPECT_EQ(bytes[8], 0);  // method: stored
  const size_t end = bytes.size() - 22;
  EXPECT_EQ(Le32(bytes, end), 0x06054b50u);
  EXPECT_EQ(static_cast<unsigned char>(bytes[end + 10]), 2);  // entries
  const uint32_t directory = Le32(bytes, end + 16);
  EXPECT_EQ(Le32(bytes, directory), 0x02014b50u);
  EXPECT_EQ(Le32(bytes, directory + 16), Crc32("application/epub+zip"));
}

TEST(EpubZip, ReadsBackWhatItWroteAndRejectsDamage) {
  std::ostringstream out;
  StoredZipWriter zip(out);
  ASSERT_TRUE(zip.Add("mimetype", "application/epub+zip").ok());
  ASSERT_TRUE(zip.Add("EPUB/a.xhtml", "<html/>").ok());
  ASSERT_TRUE(zip.Finish().ok());
  std::istringstream archive(out.str());
  auto entries = ReadStoredZip(archive, [](const std::string& name) { return name != "mimetype"; });
  ASSERT_TRUE(entries.ok()) << entries.error().message;
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].name, "mimetype");
  EXPECT_EQ((*entries)[0].size, 20u);
  EXPECT_EQ((*entries)[0].content, "");  // not asked for, not read
  EXPECT_EQ((*entries)[1].name, "EPUB/a.xhtml");
  EXPECT_EQ((*entries)[1].content, "<html/>");
  std::string damaged = out.str();
  damaged[damaged.find("<html/>")] = '(';
  const auto all = [](const std::string&) { return true; };
  std::istringstream damaged_archive(damaged), text("not a zip at all, just some text");
  EXPECT_FALSE(ReadStoredZip(damaged_archive, all).ok());
  EXPECT_FALSE(ReadStoredZip(text, all).ok());
}

TEST(EpubZip, Crc32ContinuesAcrossPieces) {
  EXPECT_EQ(Crc32("6789", Crc32("12345")), Crc32("123456789"));
}

// An entry copied from a stream, longer than one 64 KiB piece, gives the same archive as
// the same bytes added whole: the CRC and sizes patched into its local header are right.
TEST(EpubZip, AnEntryCopiedFromAStreamEqualsOneAddedWhole) {
  std::string content;
  uint32_t state = 1;
  for (int i = 0; i < 200000; ++i) {
    state = state * 1103515245u + 12345u;
    content += static_cast<char>(state >> 24);
  }
  std::ostringstream whole, streamed;
  StoredZipWriter by_add(whole), by_copy(streamed);
  ASSERT_TRUE(by_add.Add("mimetype", "application/epub+zip").ok());
  ASSERT_TRUE(by_add.Add("audio/a.mp3", content).ok());
  ASSERT_TRUE(by_add.Add("z.txt", "after").ok());
  ASSERT_TRUE(by_add.Finish().ok());
  std::istringstream in(content);
  ASSERT_TRUE(by_copy.Add("mimetype", "application/epub+zip").ok());
  ASSERT_TRUE(by_copy.AddFrom("audio/a.mp3", in).ok());
  ASSERT_TRUE(by_copy.Add("z.txt", "after").ok());
  ASSERT_TRUE(by_copy.Finish().ok());
  EXPECT_TRUE(streamed.str() == whole.str());
  std::istringstream archive(streamed.str());
  auto entries = ReadStoredZip(archive, [](const std::string&) { return true; });
  ASSERT_TRUE(entries.ok()) << entries.error().message;
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_TRUE((*entries)[1].content == content);
  EXPECT_EQ((*entries)[2].content, "after");
}

TEST(EpubZip, CopyingFromAStreamNeedsAnArchiveThatCanSeek) {
  struct Unseekable : std::streambuf {
    int overflow(int c) override { return c; }
  } sink;
  std::ostream out(&sink);
  StoredZipWriter zip(out);
  std::istringstream in("data");
  const Status status = zip.AddFrom("a", in);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kIo);
}

TEST(EpubOverlayReader, ReadsClockValues) {
  EXPECT_EQ(ParseClockMs("00:00:04.250"), 4250);
  EXPECT_EQ(ParseClockMs("1:02:03.4"), 3723400);
  EXPECT_EQ(ParseClockMs("02:03"), 123000);
  EXPECT_EQ(ParseClockMs("0:61:00"), std::nullopt);
  EXPECT_EQ(ParseClockMs("4.25s"), std::nullopt);
  EXPECT_EQ(ParseClockMs("00:00:04.2500"), std::nullopt);
}

TEST(EpubOverlayReader, ReadsTheClipsTheWriterWrote) {
  std::ostringstream out;
  WriteEpubSmil(TwoSentenceEdition(), EpubSync::kSentence, out);
  auto clips = ReadEpubOverlay(out.str());
  ASSERT_TRUE(clips.ok()) << clips.error().message;
  ASSERT_EQ(clips->size(), 2u);
  EXPECT_EQ((*clips)[0].text_file, "article.xhtml");
  EXPECT_EQ((*clips)[0].fragment, "s1");
  EXPECT_EQ((*clips)[0].audio, "audio/t.mp3");
  EXPECT_EQ((*clips)[1].begin_ms, 1200);
  EXPECT_EQ((*clips)[1].end_ms, 1201);
}

TEST(EpubSmil, OneParPerSentenceWithManifestTimesAndNoEmptyClip) {
  std::ostringstream out;
  WriteEpubSmil(TwoSentenceEdition(), EpubSync::kSentence, out);
  EXPECT_EQ(out.str(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
            " version=\"3.0\">\n<body>\n"
            "<seq id=\"seq-section-1\" epub:textref=\"article.xhtml#section-1\">\n"
            "<par id=\"par-s1\"><text src=\"article.xhtml#s1\"/><audio src=\"audio/t.mp3\" "
            "clipBegin=\"00:00:00.000\" clipEnd=\"00:00:00.900\"/></par>\n"
            "<par id=\"par-s2\"><text src=\"article.xhtml#s2\"/><audio src=\"audio/t.mp3\" "
            "clipBegin=\"00:00:01.200\" clipEnd=\"00:00:01.201\"/></par>\n"
            "</seq>\n</body>\n</smil>\n");
}

TEST(EpubSmil, ByWordANumberSaidAsTwoWordsIsOnePar) {
  std::ostringstream out;
  WriteEpubSmil(TwoSentenceEdition(), EpubSync::kWord, out);
  const std::string smil = out.str();
  EXPECT_NE(smil.find("<seq id=\"seq-s2\" epub:textref=\"article.xhtml#s2\">\n"
                      "<par id=\"par-s2-w1\"><text src=\"article.xhtml#s2-w1\"/><audio "
                      "src=\"audio/t.mp3\" clipBegin=\"00:00:01.200\" clipEnd=\"00:00:01.300\"/>"
                      "</par>\n<par id=\"par-s2-w2\"><text src=\"article.xhtml#s2-w2\"/><audio "
                      "src=\"audio/t.mp3\" clipBegin=\"00:00:01.300\" clipEnd=\"00:00:02.000\"/>"
                      "</par>\n</seq>\n"),
            std::string::npos)
      << smil;
}

TEST(EpubArticle, WordSpansNestInsideTheAuthorsLink) {
  std::ostringstream out;
  WriteEpubArticleXhtml(TwoSentenceEdition(), EpubSync::kWord, {}, out);
  EXPECT_NE(out.str().find("<p><span id=\"s1\"><span id=\"s1-w1\">Read</span> "
                           "<a href=\"https://example.org/r\"><span id=\"s1-w2\">the</span> "
                           "<span id=\"s1-w3\">review</span></a>.</span> "
                           "<span id=\"s2\"><span id=\"s2-w1\">In</span> "
                           "<span id=\"s2-w2\">2026</span>.</span></p>"),
            std::string::npos)
      << out.str();
}

TEST(EpubArticle, ARightToLeftArticleAndItsOtherPassagesCarryDir) {
  Edition edition = TwoSentenceEdition();
  edition.script.info.language = "he";
  ScriptBlock passage = edition.script.sections[0].blocks[0];
  passage.language = "en";
  edition.script.sections[0].blocks.push_back(passage);
  std::ostringstream out;
  WriteEpubArticleXhtml(edition, EpubSync::kSentence, {}, out);
  EXPECT_NE(out.str().find(" lang=\"he\" xml:lang=\"he\" dir=\"rtl\">"), std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("<p lang=\"en\" xml:lang=\"en\" dir=\"ltr\">"), std::string::npos)
      << out.str();
}

TEST(EpubArticle, AnInlinePassageIsASpanWithLangAndXmlLangAroundItsWords) {
  Edition edition = TwoSentenceEdition();
  // "review" in s1 is German.
  edition.script.sections[0].blocks[0].sentences[0].passages.push_back(
      {.display_begin = 9, .display_end = 15, .language = "de"});
  std::ostringstream out;
  WriteEpubArticleXhtml(edition, EpubSync::kWord, {}, out);
  EXPECT_NE(out.str().find("<span id=\"s1-w2\">the</span> <span lang=\"de\" xml:lang=\"de\">"
                           "<span id=\"s1-w3\">review</span></span></a>."),
            std::string::npos)
      << out.str();
}

TEST(ArticleHtml, WordsCrossingAPassageEdgeAreLeftOut) {
  Edition edition = TwoSentenceEdition();
  ScriptBlock& block = edition.script.sections[0].blocks[0];
  // A passage over "In 20": holds the word "In", crosses "2026".
  block.sentences[1].passages.push_back({.display_begin = 0, .display_end = 5, .language = "de"});
  const auto words = DisplayWords(block, block.sentences[1], edition.timeline.sentences[1], {});
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].end, 2u);
}

TEST(ArticleHtml, WordsCrossingALinkEdgeAreLeftOut) {
  const Edition edition = TwoSentenceEdition();
  const ScriptBlock& block = edition.script.sections[0].blocks[0];
  // A link over "In 20": holds the word "In", crosses "2026".
  const auto words = DisplayWords(block, block.sentences[1], edition.timeline.sentences[1],
                                  {{.begin = 0, .end = 5, .href = "#x"}});
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].begin, 0u);
  EXPECT_EQ(words[0].end, 2u);
}

TEST(ArticleHtml, OnlyLinksWithASchemeAreKept) {
  ScriptBlock block{.text = "See note one.",
                    .links = {{.begin = 4, .end = 8, .href = "#note-1"},
                              {.begin = 9, .end = 12, .href = "mailto:a@example.org"}}};
  const Sentence sentence{.id = "s1", .display = "See note one."};
  EXPECT_EQ(SentenceInnerHtml(block, sentence, {}),
            "See note <a href=\"mailto:a@example.org\">one</a>.");
}

}  // namespace
}  // namespace spoken
