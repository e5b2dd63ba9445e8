#include "app/KioskSpeech.h"

#include "speech/SdlAudioSink.h"
#include "speech/WavFileSink.h"

namespace vitrin::app {

namespace {

std::unique_ptr<speech::AudioSink> sinkFor(const std::filesystem::path& wavFile) {
    if (wavFile.empty()) {
        return std::make_unique<speech::SdlAudioSink>();
    }
    return std::make_unique<speech::WavFileSink>(wavFile);
}

} // namespace

KioskSpeech::KioskSpeech(const std::filesystem::path& wavFile, int volumePercent)
    : toFile_(!wavFile.empty()), speaker_(sinkFor(wavFile)) {
    setVolume(volumePercent);
}

KioskSpeech::~KioskSpeech() {
    if (toFile_) {
        // Synthesis runs faster than speech; even a long text is written well within this.
        speaker_.waitUntilQuiet(std::chrono::minutes(2));
    }
}

void KioskSpeech::say(const ui::Spoken& spoken) {
    speaker_.say({spoken.text, spoken.lang, spoken.recording});
}

void KioskSpeech::setVolume(int percent) {
    speaker_.setVolume(static_cast<float>(percent) / 100.f);
}

} // namespace vitrin::app
