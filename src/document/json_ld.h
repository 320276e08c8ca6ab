// Linked data (JSON-LD) in a web page: the schema.org Article a publisher describes in a
// <script type="application/ld+json">. A small JSON reader of its own, because document/
// does not link the JSON library (reserved to publish/).
#pragma once

#include <string>
#include <string_view>

namespace spoken {

/// What a schema.org Article (NewsArticle, BlogPosting, ...; see kArticleTypes in the .cc)
/// says of itself. Empty fields were not stated.
struct LinkedArticle {
  std::string headline;
  std::string name;    // some publishers put the title here instead
  std::string author;  // the authors' names, joined by ", "
  std::string description;
  std::string date_published;
  std::string image;      // URL
  std::string publisher;  // the publisher's name (the site name)
  bool found = false;     // an Article was found
};

/// Reads one script's JSON: a single object, an array of objects, or an object with an
/// "@graph" array; the first object whose "@type" is an Article type is taken. Malformed
/// JSON, or no Article, gives found == false (never fails otherwise).
LinkedArticle ReadLinkedArticle(std::string_view json);

}  // namespace spoken
