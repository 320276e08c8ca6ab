// Which voice reads an article: the article's language picks it.
#pragma once

#include <string>

#include "core/result.h"
#include "document/article.h"
#include "speech/voice.h"

namespace spoken {

/// The voice profile for a text in `language` (BCP 47), in this order:
/// 1. voices/`preferred`.yaml when it speaks the language (same primary subtag; the
///    article's front matter `voice`, else spoken.yaml's default);
/// 2. voices/LANG.yaml for the whole tag ("pt-br"), then for its primary subtag ("pt");
/// 3. eSpeak NG's own voice for the language, named after it, with the rate and pauses of
///    `preferred` (or the VoiceProfile defaults when it has no file).
/// The profile's `language` is the one the text is normalized in. A `preferred` name with
/// no profile file must be a language eSpeak NG speaks (kConfig "unknown voice" otherwise).
/// Fails with kInvalidInput
/// naming `source_path` and the language when eSpeak NG has no voice for it, and with
/// kConfig when a voice file is malformed.
Result<VoiceProfile> ChooseVoice(const std::string& voices_dir, const std::string& preferred,
                                 const std::string& language, const std::string& source_path);

}  // namespace spoken
