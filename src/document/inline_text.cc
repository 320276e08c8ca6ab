#include "document/inline_text.h"

#include <utility>

namespace spoken {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

void InlineText::Append(std::string_view text, bool from_image) {
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      if (!text_.empty()) pending_space_ = true;
      continue;
    }
    if (pending_space_) {
      text_.push_back(' ');
      pending_space_ = false;
    }
    if (link_open_ && !link_started_) {
      open_link_.begin = text_.size();
      link_started_ = true;
    }
    if (!language_.empty()) {
      const bool continues =
          !passages_.empty() && passages_.back().language == language_ &&
          text_.find_first_not_of(' ', passages_.back().end) == std::string::npos;
      if (!continues) passages_.push_back({.begin = text_.size(), .language = language_});
      passages_.back().end = text_.size() + 1;
    }
    text_.push_back(c);
    if (!from_image) has_own_text_ = true;
  }
}

void InlineText::BeginLink(std::string href) {
  if (link_open_) return;
  link_open_ = true;
  link_started_ = false;
  open_link_ = Link{.href = std::move(href)};
}

void InlineText::EndLink() {
  if (!link_open_) return;
  link_open_ = false;
  if (!link_started_) return;
  // A trailing space inside the link text is still pending, so text_.size() excludes it.
  open_link_.end = text_.size();
  links_.push_back(std::move(open_link_));
}

void InlineText::AddNoteRef(int number) {
  note_refs_.push_back({.at = text_.size(), .number = number});
}

void InlineText::MoveInto(Block& block) {
  if (link_open_) EndLink();
  block.text = std::move(text_);
  block.links = std::move(links_);
  block.note_refs = std::move(note_refs_);
  if (passages_.size() == 1 && passages_[0].begin == 0 && passages_[0].end == block.text.size()) {
    block.language = std::move(passages_[0].language);
  } else {
    block.passages = std::move(passages_);
  }
  *this = InlineText();
}

std::string CollapseWhitespace(std::string_view text) {
  InlineText builder;
  builder.Append(text);
  return builder.text();
}

}  // namespace spoken
