#pragma once
// The loudspeaker through SDL audio. SDL's audio subsystem is started at the first sound (on
// the Speaker's thread: create the Speaker after SDL_Init and destroy it before SDL_Quit), the
// device opened at the sound's rate (reopened when a later sound has another rate) and fed
// with SDL_QueueAudio. Without an audio device the kiosk carries on silently, saying so once
// in the log.

#include "speech/AudioSink.h"

#include <SDL_audio.h>

namespace vitrin::speech {

class SdlAudioSink final : public AudioSink {
  public:
    SdlAudioSink() = default;
    ~SdlAudioSink() override;
    SdlAudioSink(const SdlAudioSink&) = delete;
    SdlAudioSink& operator=(const SdlAudioSink&) = delete;

    void write(std::span<const std::int16_t> samples, int sampleRate) override;
    void clear() override;
    double pendingSeconds() override;
    // SDL keeps its error message per thread; a thread SDL did not start must free it.
    void threadEnds() override;

    // Whether a device is open (false before the first sound and without audio).
    bool isOpen() const { return device_ != 0; }

  private:
    bool open(int sampleRate);
    void close();

    bool subsystemStarted_ = false;
    SDL_AudioDeviceID device_ = 0;
    int sampleRate_ = 0;
    bool failed_ = false; // not tried again until the next utterance (clear())
    bool loggedFailure_ = false;
};

} // namespace vitrin::speech
