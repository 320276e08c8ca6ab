// Which characters may reach eSpeak NG 1.51. Its own Unicode tables stop at Unicode 9.0,
// and characters it does not know have been seen to corrupt its memory (a heap
// use-after-free on "H" + U+0AFE, assigned in Unicode 10). The one module with ICU decides.
#pragma once

namespace spoken {

/// True for characters assigned by Unicode 9.0 that are not controls (other than tab,
/// line feed and carriage return), private-use, surrogates or noncharacters.
bool EngineKnowsCharacter(char32_t c);

}  // namespace spoken
