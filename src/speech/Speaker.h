#pragma once
// Speech off the render thread: say() hands an utterance to a worker thread, which plays its
// recording (bild.sv.ogg) or synthesises its text sentence by sentence with espeak-ng, and
// feeds the samples to an AudioSink a little ahead of playback. say() and stop() only take a
// lock and return; a new say() replaces whatever is being said.
//
// One Speaker per kiosk. With an SdlAudioSink, create it after SDL_Init and destroy it before
// SDL_Quit (SDL's audio starts on the worker at the first sound).

#include "core/Lang.h"
#include "speech/AudioSink.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>

namespace vitrin::speech {

class Synthesiser;

struct Utterance {
    std::string text; // UTF-8, what the synthesiser reads when there is no usable recording
    core::Lang lang = core::Lang::Sv;
    // A recorded description (Ogg Vorbis), played instead of the text when it decodes; empty
    // for none. When it cannot be played, that is logged and the text is read instead.
    std::filesystem::path recording;
};

struct SpeakerOptions {
    std::filesystem::path espeakData; // empty: the system's espeak-ng-data
    // How far the worker runs ahead of playback: what a volume change waits for, and the
    // most the sink holds.
    double aheadSeconds = 0.5;
};

// What an utterance was played from.
enum class SpeechSource { None, Recording, Synthesis };

class Speaker {
  public:
    explicit Speaker(std::unique_ptr<AudioSink> sink, SpeakerOptions options = {});
    // Stops speaking and waits for the worker (at most the time one sound chunk takes).
    ~Speaker();
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    // Stops what is being said and starts utterance. Returns at once.
    void say(Utterance utterance);
    // Stops speaking; what is queued for the loudspeaker is dropped. Returns at once.
    void stop();
    // True from say() until the utterance has been played to the end, or stop().
    bool isSpeaking() const;
    // Loudness 0..1 (clamped), applied to the samples handed to the sink from now on.
    void setVolume(float volume);
    float volume() const { return volume_; }

    // Waits until nothing is being said, at most timeout; whether it is quiet now. For tests
    // and the headless kiosk; the render loop polls isSpeaking() instead.
    bool waitUntilQuiet(std::chrono::milliseconds timeout) const;
    // What the current (or last) utterance is played from.
    SpeechSource lastSource() const { return lastSource_; }

  private:
    void run();
    void play(const Utterance& utterance, std::uint64_t generation);
    bool playRecording(const Utterance& utterance, std::uint64_t generation);
    void synthesise(const Utterance& utterance, std::uint64_t generation);
    // Scales and writes samples, then waits while the sink is far enough ahead; false when
    // the utterance was replaced or stopped meanwhile (the sink is cleared then).
    bool feed(std::span<const std::int16_t> samples, int sampleRate, std::uint64_t generation);
    bool isCurrent(std::uint64_t generation) const { return generation_ == generation; }
    void drain(std::uint64_t generation);

    std::unique_ptr<AudioSink> sink_;
    SpeakerOptions options_;
    std::unique_ptr<Synthesiser> synthesiser_; // made on the worker at the first text
    bool synthesiserFailed_ = false;

    mutable std::mutex mutex_;
    mutable std::condition_variable wake_;  // the worker: a new utterance, stop, quit
    mutable std::condition_variable quiet_; // waitUntilQuiet
    std::optional<Utterance> pending_;
    bool speaking_ = false;
    bool quit_ = false;
    std::atomic<std::uint64_t> generation_{0}; // changes with every say() and stop()
    std::atomic<float> volume_{1.0f};
    std::atomic<SpeechSource> lastSource_{SpeechSource::None};
    std::thread worker_;
};

} // namespace vitrin::speech
