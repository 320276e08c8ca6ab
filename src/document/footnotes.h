// Footnotes of a web page: the notes, and the references to them in the text.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "document/html_dom.h"

namespace spoken {

struct Footnotes {
  std::unordered_map<std::string, std::string> text_by_id;  // note id -> the note's text
  std::unordered_set<const GumboNode*> lists;               // the elements holding notes
};

/// The notes of the page below `body`: each element with role="doc-endnotes" or
/// "doc-footnotes", or with "footnote" or "endnote" in its class or id, holding items with
/// an id (<li id="fn1">, or any element with an id), is a list of notes. A note's text
/// leaves out its back links ("↩", "↑", "^"). `body` must outlive the result.
Footnotes FindFootnotes(const GumboNode* body);

/// The id of the note `node` refers to when it is a footnote reference (an <a> whose
/// href is "#ID" of a known note), else "".
std::string NoteReferenced(const GumboNode* node, const Footnotes& footnotes);

}  // namespace spoken
