// Two stages of the audio path on two cores: one makes pieces, the other takes them.
#pragma once

#include <functional>

#include "audio/true_peak_limiter.h"
#include "core/result.h"

namespace spoken {

/// Runs `produce` on a second thread, handing every piece it gives its sink to `consume`
/// on the calling thread, in order, through a queue of at most `depth` pieces: the two
/// overlap, and memory stays bounded. The pieces and their order do not depend on timing,
/// so neither does the result. Returns the first error of either side; after an error of
/// `consume` the producer's sink fails, so it stops early. `produce` must not touch what
/// `consume` touches (the libraries used here, libsndfile, LAME and libebur128, keep
/// their state per handle; eSpeak NG, which keeps it in globals, is never called here).
Status RunPipelined(const std::function<Status(const FloatSink& sink)>& produce,
                    const FloatSink& consume, size_t depth = 32);

}  // namespace spoken
