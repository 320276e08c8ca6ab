#include "text/offset_map.h"

#include <gtest/gtest.h>

namespace spoken {
namespace {

using Range = std::pair<size_t, size_t>;

TEST(OffsetMap, VerbatimBytesMapOneToOne) {
  OffsetMap map = OffsetMap::Identity(10);
  EXPECT_EQ(map.ToDisplay(2, 5), Range(2, 5));
}

TEST(OffsetMap, RangeInsideRewriteMapsToWholeDisplayToken) {
  // "In 2026." -> "In twenty twenty-six."
  OffsetMap map;
  map.AppendVerbatim(3);     // "In "
  map.AppendRewrite(17, 4);  // "twenty twenty-six" <- "2026"
  map.AppendVerbatim(1);     // "."
  EXPECT_EQ(map.spoken_length(), 21u);
  EXPECT_EQ(map.display_length(), 8u);
  EXPECT_EQ(map.ToDisplay(3, 9), Range(3, 7));    // "twenty"
  EXPECT_EQ(map.ToDisplay(10, 20), Range(3, 7));  // "twenty-six"
  EXPECT_EQ(map.ToDisplay(20, 21), Range(7, 8));  // "."
  EXPECT_EQ(map.ToDisplay(0, 21), Range(0, 8));
}

TEST(OffsetMap, ExtendShiftsPiecesAndMergesVerbatimRuns) {
  OffsetMap first = OffsetMap::Identity(2);
  OffsetMap second;
  second.AppendVerbatim(1);
  second.AppendRewrite(3, 1);
  first.Extend(second);
  ASSERT_EQ(first.pieces().size(), 2u);
  EXPECT_EQ(first.ToDisplay(3, 6), Range(3, 4));
}

}  // namespace
}  // namespace spoken
