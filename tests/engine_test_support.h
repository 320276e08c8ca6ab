// Shared by tests that need the real synthesizer: one eSpeak NG engine per test suite
// (a process may hold only one at a time, see speech/espeak_engine.h).
#pragma once

#include <gtest/gtest.h>

#include "speech/espeak_engine.h"

namespace spoken {

class EngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto engine = EspeakEngine::Create();
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    engine_ = std::move(engine).value().release();
    ASSERT_TRUE(engine_->SetVoice(VoiceProfile{}).ok());
  }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }
  static inline EspeakEngine* engine_ = nullptr;
};

}  // namespace spoken
