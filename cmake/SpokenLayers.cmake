# The module graph of docs/design.md, in one place. Each module lists the modules it may
# use (its libraries link exactly these) and the third-party headers it alone may include.
# Order matters: a module comes after everything it uses.
set(SPOKEN_MODULES core settings encoding document text pronounce speech audio publish pipeline cli)

set(SPOKEN_LAYER_core_MODULES)
set(SPOKEN_LAYER_settings_MODULES core)
set(SPOKEN_LAYER_encoding_MODULES core)
set(SPOKEN_LAYER_document_MODULES core settings encoding)
set(SPOKEN_LAYER_text_MODULES core document)
set(SPOKEN_LAYER_pronounce_MODULES core encoding document text)
set(SPOKEN_LAYER_speech_MODULES core pronounce)
set(SPOKEN_LAYER_audio_MODULES core text pronounce speech)
set(SPOKEN_LAYER_publish_MODULES core pronounce speech text audio)
set(SPOKEN_LAYER_pipeline_MODULES core settings encoding document text pronounce speech audio publish)
set(SPOKEN_LAYER_cli_MODULES core settings encoding document text pronounce speech audio publish pipeline)

# Header prefixes of the wrapped third-party libraries, and which module owns each.
set(SPOKEN_THIRD_PARTY_HEADERS yaml-cpp/ cmark-gfm gumbo.h unicode/ unicode/ucnv pugixml espeak-ng/ sndfile
    ebur128.h taglib/ nlohmann/ CLI/ poll.h sys/wait.h)
set(SPOKEN_LAYER_core_HEADERS)
set(SPOKEN_LAYER_settings_HEADERS yaml-cpp/)
set(SPOKEN_LAYER_encoding_HEADERS unicode/ucnv)
set(SPOKEN_LAYER_document_HEADERS cmark-gfm gumbo.h)
set(SPOKEN_LAYER_text_HEADERS unicode/)
set(SPOKEN_LAYER_pronounce_HEADERS pugixml)
set(SPOKEN_LAYER_speech_HEADERS espeak-ng/)
set(SPOKEN_LAYER_audio_HEADERS sndfile ebur128.h taglib/)
set(SPOKEN_LAYER_publish_HEADERS nlohmann/)
set(SPOKEN_LAYER_pipeline_HEADERS poll.h sys/wait.h)
set(SPOKEN_LAYER_cli_HEADERS CLI/)
