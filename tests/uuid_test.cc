#include "core/uuid.h"

#include <gtest/gtest.h>

namespace spoken {
namespace {

std::string Hex(const std::string& bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (const unsigned char c : bytes) {
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  }
  return out;
}

TEST(Sha1, MatchesFips180Vectors) {
  EXPECT_EQ(Hex(Sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(Hex(Sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(Hex(Sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

TEST(UuidV5, MatchesThePodcastGuidTestVector) {
  // standards.md §0.11: podcast:guid of "podnews.net/rss".
  EXPECT_EQ(UuidV5("ead4c236-bf58-58c6-a2c6-a6b28d128cb6", "podnews.net/rss"),
            "9b024349-ccf0-5f69-a609-6b82873eab3c");
}

TEST(UuidV5, RejectsANamespaceThatIsNotAUuid) { EXPECT_EQ(UuidV5("not-a-uuid", "x"), ""); }

}  // namespace
}  // namespace spoken
