// PageMetadata: what a web page says about its article, from the head and linked data.
#pragma once

#include <string>

#include "document/html_dom.h"

namespace spoken {

/// Each field is the first that the page states, in this order of preference (empty when
/// none). JSON-LD is the schema.org Article of json_ld.h; "meta X" is <meta name=X> or
/// <meta property=X>, anywhere in the page, names compared ignoring case and with "." as ":".
///   title        JSON-LD name (or its headline, when that is the one that matches the
///                <title>); meta dc:title, dcterm:title, og:title, title, twitter:title,
///                parsely-title, as the publisher states it; else the <title> without the
///                site name (DocumentTitle, and a trailing or leading site_name)
///   author       JSON-LD author names; meta dc:creator, dcterm:creator, author,
///                parsely-author, article:author (when not a URL)
///   description  JSON-LD description; meta dc:description, dcterm:description,
///                og:description, description, twitter:description
///   date         JSON-LD datePublished; meta article:published_time, date, dcterms.date,
///                parsely-pub-date: its YYYY-MM-DD prefix, when it is a real date
///   image        JSON-LD image; meta og:image, twitter:image
///   site_name    JSON-LD publisher name; meta og:site_name
///   url          <link rel="canonical">, else og:url
///   language     <html lang> when it is a well-formed BCP 47 tag, else og:locale
struct PageMetadata {
  std::string title, author, description, date, image, site_name, url, language;
};

PageMetadata ReadPageMetadata(const GumboNode* html);

/// The page's <title> as an article title: the part before the last separator (" | ",
/// " - ", " – ", " — ", " / ", " » ", " · ") is the title unless that leaves under three
/// words (then the part after the first separator), and is kept at once when an <h1> says
/// it; after ": " likewise, unless an h1/h2 repeats the whole title. A title of four words
/// or fewer after cutting keeps its original form, and a very short or long one (under 15
/// or over 150 characters, no separator) gives way to the page's only <h1>.
std::string DocumentTitle(const GumboNode* html);

}  // namespace spoken
