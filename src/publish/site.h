// The site: what the feed and the index page know beyond the editions themselves.
#pragma once

#include <string>

namespace spoken {

/// From the `site:` part of spoken.yaml. URLs are absolute; base_url ends with '/'.
struct SiteInfo {
  std::string title = "Spoken audio editions";
  std::string description = "Articles read aloud by a synthetic voice, with transcripts.";
  std::string base_url = "https://example.org/audio/";  // where output/ is served
  std::string link;  // the publisher's home page (default: base_url)
  std::string language = "en-US";
  std::string author;             // itunes:author
  std::string owner_email;        // podcast:locked owner
  std::string image_url;          // square cover art, 1400-3000 px (Apple requires one)
  std::string category = "News";  // Apple Podcasts category
  std::string subcategory;
  bool explicit_content = false;
  std::string podcast_guid;  // keep once published; empty: derived from the feed URL
  std::string copyright;
};

}  // namespace spoken
