#include "speech/voice_switch.h"

namespace spoken {
namespace {

bool IsLeadByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

std::string EscapeAttribute(const std::string& value) {
  std::string escaped;
  for (char c : value) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

}  // namespace

SwitchedInput SwitchVoices(const Utterance& utterance, const EditionVoices& voices) {
  SwitchedInput out;
  const std::string& input = utterance.engine_input;
  const std::string* speaking = &voices.For(utterance.language).espeak_voice;
  bool open = false;
  auto change = utterance.language_changes.begin();
  size_t code_point = 0;
  const auto insert_markup = [&](const std::string& markup) {
    out.ssml += markup;  // ASCII: one code point a byte
    out.input_code_points.insert(out.input_code_points.end(), markup.size(), code_point);
  };
  for (size_t at = 0; at <= input.size(); ++at) {
    if (at < input.size() && !IsLeadByte(input[at])) {
      out.ssml += input[at];
      continue;
    }
    for (; change != utterance.language_changes.end() && change->first_code_point <= code_point;
         ++change) {
      const std::string& wanted = voices.For(change->language).espeak_voice;
      if (wanted == *speaking) continue;
      if (open) insert_markup("</voice>");
      insert_markup("<voice name=\"" + EscapeAttribute(wanted) + "\">");
      speaking = &wanted;
      open = true;
    }
    if (at == input.size()) break;
    out.ssml += input[at];
    out.input_code_points.push_back(code_point++);
  }
  if (open) insert_markup("</voice>");
  out.input_code_points.push_back(code_point);
  return out;
}

}  // namespace spoken
