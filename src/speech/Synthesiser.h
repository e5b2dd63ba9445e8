#pragma once
// Text to speech with espeak-ng, offline, in the visitor languages (Swedish, English, Russian).
//
// espeak-ng keeps its state in globals and is not thread-safe: every call into it holds one
// process-wide lock. The library is started by the first Synthesiser and then kept running,
// with that data folder, until the process ends. Use a Synthesiser from one thread (the
// Speaker's worker does).

#include "core/Lang.h"
#include "core/Result.h"
#include "speech/Pcm.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace vitrin::speech {

// The espeak-ng voice a text was spoken with.
struct Voice {
    std::string name;       // "Swedish", "English (Great Britain)", "Russian"
    std::string identifier; // the voice file: "gmq/sv", "gmw/en", "zle/ru"
    std::string language;   // the voice's own language: "sv", "en-gb", "ru"
};

class Synthesiser {
  public:
    // Receives sound as espeak-ng makes it (a few tens of milliseconds at a time), with the
    // espeak-ng lock held; returns false to stop the synthesis.
    using SampleHandler = std::function<bool(std::span<const std::int16_t>)>;

    // Starts espeak-ng with the data folder dataPath (empty: the system's espeak-ng-data), or
    // uses it as started before. An error when the data is missing or damaged, or when
    // espeak-ng is already running with another data folder.
    static core::Result<std::unique_ptr<Synthesiser>>
    create(const std::filesystem::path& dataPath = {});
    ~Synthesiser();
    Synthesiser(const Synthesiser&) = delete;
    Synthesiser& operator=(const Synthesiser&) = delete;

    // espeak-ng's output rate (22050 Hz with the standard voices).
    int sampleRate() const { return sampleRate_; }

    // Speaks UTF-8 text in lang, handing the samples to onSamples as they come. Stopping
    // (onSamples returning false) is not an error. An error when espeak-ng has no voice
    // for lang.
    core::Result<void> synthesise(std::string_view text, core::Lang lang,
                                  const SampleHandler& onSamples);
    // The same, collected into one Pcm.
    core::Result<Pcm> synthesise(std::string_view text, core::Lang lang);

    // The voice the last synthesise() used (empty before the first).
    const Voice& voice() const { return voice_; }

    // The data folder espeak-ng runs with in this process; nullopt before it has started.
    static std::optional<std::filesystem::path> runningDataPath();

  private:
    explicit Synthesiser(int sampleRate) : sampleRate_(sampleRate) {}
    core::Result<void> selectVoice(core::Lang lang);

    int sampleRate_;
    Voice voice_;
};

} // namespace vitrin::speech
