#pragma once
// The kiosk's voice: what the visitor screens ask to be read aloud, spoken by a
// speech::Speaker on the loudspeakers (or into a WAV file, --speech-out) at the settings'
// volume.

#include "speech/Speaker.h"
#include "ui/Kiosk.h"

#include <filesystem>

namespace vitrin::app {

class KioskSpeech final : public ui::SpeechOutput {
  public:
    // wavFile empty: the loudspeakers. SDL must be initialised and outlive this.
    KioskSpeech(const std::filesystem::path& wavFile, int volumePercent);
    // A WAV file gets all that was asked to be read: the reading in progress is finished.
    ~KioskSpeech() override;
    KioskSpeech(const KioskSpeech&) = delete;
    KioskSpeech& operator=(const KioskSpeech&) = delete;

    void say(const ui::Spoken& spoken) override;
    void stop() override { speaker_.stop(); }
    bool isSpeaking() const override { return speaker_.isSpeaking(); }
    void setVolume(int percent);

  private:
    bool toFile_;
    speech::Speaker speaker_;
};

} // namespace vitrin::app
