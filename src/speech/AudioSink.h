#pragma once
// Where the Speaker's sound goes: the loudspeaker (SdlAudioSink) or a file (WavFileSink).
// A sink is used from the Speaker's worker thread only.

#include <cstdint>
#include <span>

namespace vitrin::speech {

class AudioSink {
  public:
    virtual ~AudioSink() = default;
    // Queues mono samples at sampleRate to play after those queued before.
    virtual void write(std::span<const std::int16_t> samples, int sampleRate) = 0;
    // Drops whatever is queued and not yet played: the sound stops now.
    virtual void clear() = 0;
    // Seconds of sound queued and not yet played; 0 for a sink that takes it at once.
    virtual double pendingSeconds() = 0;
    // The worker thread ends: what the sink keeps per thread goes with it.
    virtual void threadEnds() {}
};

} // namespace vitrin::speech
