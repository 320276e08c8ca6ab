#include <gtest/gtest.h>

#include "text/script_builder.h"

namespace spoken {
namespace {

ArticleInfo Info(std::string title, std::string author, std::string language) {
  ArticleInfo info;
  info.title = std::move(title);
  info.author = std::move(author);
  info.language = std::move(language);
  return info;
}

TEST(Announcement, NamesTheEditionInEnglish) {
  EXPECT_EQ(AnnouncementText(Info("Tides", "A. Writer", "en-GB")),
            "Audio edition of Tides, by A. Writer, read by a synthetic voice.");
}

TEST(Announcement, NamesTheEditionInTheWordsOfATabledLanguage) {
  EXPECT_EQ(AnnouncementText(Info("Stadtbäume", "", "de-DE")),
            "Hörfassung von Stadtbäume, gelesen von einer synthetischen Stimme.");
  EXPECT_EQ(AnnouncementText(Info("Ciudades", "Ana", "es")),
            "Edición en audio de Ciudades, de Ana, leída por una voz sintética.");
}

TEST(Announcement, IsTitleAndAuthorAloneWhereTheLanguageHasNoTable) {
  EXPECT_EQ(AnnouncementText(Info("Новости", "Иван Петров", "ru")), "Новости. Иван Петров.");
  EXPECT_EQ(AnnouncementText(Info("Kabar singkat", "", "id")), "Kabar singkat.");
}

TEST(Announcement, KeepsTheTitlesOwnFinalPunctuation) {
  EXPECT_EQ(AnnouncementText(Info("ニュース。", "山田", "ja")), "ニュース。 山田.");
  EXPECT_EQ(AnnouncementText(Info("Why?", "", "fi")), "Why?");
}

}  // namespace
}  // namespace spoken
