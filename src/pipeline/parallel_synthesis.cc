#include "pipeline/parallel_synthesis.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <sstream>
#include <vector>

#include "pipeline/subprocess.h"
#include "speech/espeak_engine.h"

namespace spoken {
namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using TempFile = std::unique_ptr<std::FILE, FileCloser>;

// eSpeak NG carries state from one utterance to the next within a process (measured: the
// same sentence comes out up to 52 samples longer or shorter after different sentences),
// so a chunk of the plan is always spoken by a fresh process, and the chunks are cut from
// the plan alone: the samples do not depend on how many run at once. The parent loads the
// engine and the main voice once, before any child is forked, and speaks nothing itself:
// every child starts from that same state without paying for it (5.7 ms a chunk measured,
// most of it loading the voice's dictionary).
constexpr size_t kChunkBytes = 1500;  // of eSpeak input: about a minute and a half of speech

// One chunk: utterances [first, last), its samples in `samples`, its times once reported.
struct Chunk {
  size_t first = 0, last = 0;
  TempFile samples;
  Timeline timeline;
  bool done = false;      // reported its times
  bool finished = false;  // its process has ended
  std::string error;
  ErrorCode code = ErrorCode::kEngine;
};

std::vector<Chunk> SplitPlan(const SpeechPlan& plan) {
  std::vector<Chunk> chunks;
  size_t first = 0, bytes = 0;
  for (size_t i = 0; i < plan.utterances.size(); ++i) {
    bytes += plan.utterances[i].engine_input.size();
    if (bytes >= kChunkBytes || i + 1 == plan.utterances.size()) {
      chunks.push_back({.first = first, .last = i + 1});
      first = i + 1;
      bytes = 0;
    }
  }
  return chunks;
}

// In the child: speak the chunk with the parent's `engine` (set to the main voice), samples
// to its file, times and progress to the pipe. Lines: "P" (one utterance done), "R rate
// total", "S start end", "W begin end start end" (a word of the last sentence), "D" (done)
// or "E code message".
int SpeakChunk(int fd, const SpeechPlan& plan, const EditionVoices& voices, EspeakEngine& engine,
               Chunk& range) {
  auto fail = [fd](const Error& error) {
    SendToParent(fd, "E " + std::to_string(static_cast<int>(error.code)) + " " +
                         OneLine(error.message) + "\n");
    return 1;
  };
  std::FILE* file = range.samples.get();
  auto timeline = SynthesizeRange(
      plan, voices, engine, range.first, range.last,
      [file](const int16_t* samples, size_t count) -> Status {
        if (std::fwrite(samples, sizeof *samples, count, file) != count) {
          return IoError(std::string("cannot write synthesized audio: ") + std::strerror(errno));
        }
        return Status::Ok();
      },
      [fd](size_t, size_t) { SendToParent(fd, "P\n"); });
  if (!timeline.ok()) return fail(timeline.error());
  if (std::fflush(file) != 0) return fail(IoError("cannot write synthesized audio"));
  std::ostringstream out;
  out << "R " << timeline->sample_rate_hz << " " << timeline->total_samples << "\n";
  for (const SentenceTiming& sentence : timeline->sentences) {
    out << "S " << sentence.start_sample << " " << sentence.end_sample << "\n";
    for (const WordTiming& word : sentence.words) {
      out << "W " << word.spoken_begin << " " << word.spoken_end << " " << word.start_sample << " "
          << word.end_sample << "\n";
    }
  }
  out << "D\n";
  SendToParent(fd, out.str());
  return 0;
}

// In the parent: one line from a child.
void Receive(Chunk& range, const std::string& line, size_t& utterances_done) {
  std::istringstream in(line.substr(std::min<size_t>(2, line.size())));
  Timeline& timeline = range.timeline;
  switch (line.empty() ? ' ' : line[0]) {
    case 'P':
      ++utterances_done;
      break;
    case 'R':
      in >> timeline.sample_rate_hz >> timeline.total_samples;
      break;
    case 'S': {
      SentenceTiming sentence;
      in >> sentence.start_sample >> sentence.end_sample;
      timeline.sentences.push_back(sentence);
      break;
    }
    case 'W': {
      WordTiming word;
      in >> word.spoken_begin >> word.spoken_end >> word.start_sample >> word.end_sample;
      if (!timeline.sentences.empty()) timeline.sentences.back().words.push_back(word);
      break;
    }
    case 'D':
      range.done = true;
      break;
    case 'E': {
      int code = 0;
      in >> code;
      range.code = static_cast<ErrorCode>(code);
      std::getline(in >> std::ws, range.error);
      break;
    }
    default:
      break;
  }
}

Status CopySamples(std::FILE* file, const PcmSink& sink) {
  if (std::fseek(file, 0, SEEK_SET) != 0) return IoError("cannot read synthesized audio");
  std::vector<int16_t> piece(32768);
  size_t n;
  while ((n = std::fread(piece.data(), sizeof piece[0], piece.size(), file)) > 0) {
    if (Status status = sink(piece.data(), n); !status.ok()) return status;
  }
  return std::ferror(file) ? IoError("cannot read synthesized audio") : Status::Ok();
}

}  // namespace

Result<Timeline> SynthesizeInWorkers(const SpeechPlan& plan, const EditionVoices& voices,
                                     int workers, const PcmDestination& pcm,
                                     const SynthesisProgress& progress) {
  std::vector<Chunk> chunks = SplitPlan(plan);
  if (chunks.empty()) return InvalidInput("there is nothing to say");
  auto engine = EspeakEngine::Create();
  if (!engine.ok()) return engine.error();
  if (Status status = (*engine)->SetVoice(voices.main); !status.ok()) return status.error();
  SubprocessSet set;
  std::map<const Subprocess*, Chunk*> owner;
  Timeline timeline;
  size_t started = 0, joined = 0, utterances_done = 0;
  while (joined < chunks.size()) {
    while (started < chunks.size() && static_cast<int>(set.size()) < std::max(1, workers)) {
      Chunk& chunk = chunks[started++];
      chunk.samples.reset(std::tmpfile());
      if (!chunk.samples) {
        return IoError(std::string("cannot create a temporary file for the audio: ") +
                       std::strerror(errno));
      }
      auto child =
          Subprocess::Start([&](int fd) { return SpeakChunk(fd, plan, voices, **engine, chunk); });
      if (!child.ok()) return child.error();
      owner[set.Add(std::move(child).value())] = &chunk;
    }
    auto finished = set.DoWork([&](Subprocess& child, const std::string& line) {
      Receive(*owner[&child], line, utterances_done);
      if (progress && line == "P") progress(utterances_done, plan.utterances.size());
    });
    if (!finished.ok()) return finished.error();
    for (const auto& child : *finished) {
      Chunk& chunk = *owner[child.get()];
      owner.erase(child.get());
      if (!chunk.error.empty()) return Error{chunk.code, chunk.error};
      if (!chunk.done || !child->Succeeded()) {
        const std::string ending = child->Ending();
        return EngineError("a synthesis worker died" + (ending.empty() ? "" : " (" + ending + ")"));
      }
      chunk.finished = true;
    }
    // Hand on, in order, every chunk whose predecessors are all in.
    for (; joined < chunks.size() && chunks[joined].finished; ++joined) {
      Chunk& chunk = chunks[joined];
      if (joined == 0) {
        if (Status status = pcm.start(chunk.timeline.sample_rate_hz); !status.ok()) {
          return status.error();
        }
      }
      if (Status status = CopySamples(chunk.samples.get(), pcm.write); !status.ok()) {
        return status.error();
      }
      chunk.samples.reset();
      AppendTimeline(timeline, chunk.timeline);
      chunk.timeline = {};
    }
  }
  TimeSections(plan, timeline);
  return timeline;
}

}  // namespace spoken
