#include "speech/SdlAudioSink.h"

#include "core/Log.h"

#include <SDL.h>

#include <string>

namespace vitrin::speech {

SdlAudioSink::~SdlAudioSink() {
    close();
    if (subsystemStarted_) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
}

void SdlAudioSink::close() {
    if (device_ != 0) {
        SDL_CloseAudioDevice(device_);
        device_ = 0;
        sampleRate_ = 0;
    }
}

bool SdlAudioSink::open(int sampleRate) {
    if (device_ != 0 && sampleRate_ == sampleRate) {
        return true;
    }
    if (failed_) {
        return false;
    }
    close();
    std::string failure;
    if (!subsystemStarted_) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) == 0) {
            subsystemStarted_ = true;
        } else {
            failure = std::string("SDL audio cannot start: ") + SDL_GetError();
        }
    }
    if (subsystemStarted_) {
        SDL_AudioSpec wanted{};
        wanted.freq = sampleRate;
        wanted.format = AUDIO_S16SYS;
        wanted.channels = 1;
        wanted.samples = 1024; // about 46 ms at 22050 Hz: stop() is heard at once
        // No changes allowed: SDL converts to whatever the hardware wants.
        device_ = SDL_OpenAudioDevice(nullptr, 0, &wanted, nullptr, 0);
        if (device_ == 0) {
            failure = std::string("no audio device opens: ") + SDL_GetError();
        }
    }
    if (device_ == 0) {
        failed_ = true;
        if (!loggedFailure_) {
            core::logWarning("speech: " + failure + "; speech stays silent");
            loggedFailure_ = true;
        }
        return false;
    }
    sampleRate_ = sampleRate;
    SDL_PauseAudioDevice(device_, 0);
    return true;
}

void SdlAudioSink::write(std::span<const std::int16_t> samples, int sampleRate) {
    if (samples.empty() || !open(sampleRate)) {
        return;
    }
    if (SDL_QueueAudio(device_, samples.data(),
                       static_cast<Uint32>(samples.size() * sizeof(std::int16_t))) != 0) {
        core::logWarning(std::string("speech: SDL_QueueAudio failed: ") + SDL_GetError());
    }
}

void SdlAudioSink::clear() {
    failed_ = false;
    if (device_ != 0) {
        SDL_ClearQueuedAudio(device_);
    }
}

double SdlAudioSink::pendingSeconds() {
    if (device_ == 0 || sampleRate_ == 0) {
        return 0;
    }
    const Uint32 bytes = SDL_GetQueuedAudioSize(device_);
    return static_cast<double>(bytes) / (sizeof(std::int16_t) * static_cast<double>(sampleRate_));
}

void SdlAudioSink::threadEnds() {
    SDL_TLSCleanup();
}

} // namespace vitrin::speech
