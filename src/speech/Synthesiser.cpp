#include "speech/Synthesiser.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <mutex>
#include <optional>

namespace vitrin::speech {

namespace {

// espeak-ng's globals, guarded by one lock. espeak-ng is started once and kept until the
// process ends: espeak-ng 1.51 hangs in espeak_ng_Terminate() after it has been started a
// second time, and its data (a few MB) is worth keeping for the next utterance anyway.
struct Engine {
    std::mutex mutex;
    bool started = false;
    std::filesystem::path dataPath;
    int sampleRate = 0;
};

Engine& engine() {
    static Engine instance;
    return instance;
}

// What one synthesise() call passes through espeak-ng to the callback.
struct Call {
    const Synthesiser::SampleHandler* onSamples = nullptr;
    bool stopped = false;
};

int onSynth(short* wav, int count, espeak_EVENT* events) {
    auto* call = events != nullptr ? static_cast<Call*>(events->user_data) : nullptr;
    if (call == nullptr || call->stopped) {
        return 1;
    }
    if (wav != nullptr && count > 0 &&
        !(*call->onSamples)(
            {reinterpret_cast<const std::int16_t*>(wav), static_cast<std::size_t>(count)})) {
        call->stopped = true;
        return 1; // espeak-ng stops synthesising
    }
    return 0;
}

std::string statusText(espeak_ng_STATUS status) {
    char buffer[512] = {};
    espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
    return buffer;
}

// The first language of a voice's list: a priority byte, then the name.
std::string firstLanguage(const char* languages) {
    return languages == nullptr || languages[0] == '\0' ? std::string()
                                                        : std::string(languages + 1);
}

} // namespace

core::Result<std::unique_ptr<Synthesiser>>
Synthesiser::create(const std::filesystem::path& dataPath) {
    Engine& state = engine();
    const std::lock_guard lock(state.mutex);
    if (state.started) {
        if (state.dataPath != dataPath) {
            return core::Error{
                "espeak-ng is already running with the data folder " +
                (state.dataPath.empty() ? std::string("of the system") : state.dataPath.string())};
        }
    } else {
        // With an empty path espeak-ng looks in ESPEAK_DATA_PATH, then its built-in folder.
        espeak_ng_InitializePath(dataPath.empty() ? nullptr : dataPath.c_str());
        espeak_ng_ERROR_CONTEXT context = nullptr;
        const espeak_ng_STATUS status = espeak_ng_Initialize(&context);
        espeak_ng_ClearErrorContext(&context);
        if (status != ENS_OK) {
            return core::Error{
                "espeak-ng cannot start: its data (" +
                (dataPath.empty() ? std::string("the espeak-ng-data package") : dataPath.string()) +
                ") cannot be read: " + statusText(status)};
        }
        const espeak_ng_STATUS output =
            espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 100, nullptr);
        if (output != ENS_OK) {
            return core::Error{"espeak-ng cannot start its output: " + statusText(output)};
        }
        espeak_SetSynthCallback(onSynth);
        state.started = true;
        state.dataPath = dataPath;
        state.sampleRate = espeak_ng_GetSampleRate();
    }
    return std::unique_ptr<Synthesiser>(new Synthesiser(state.sampleRate));
}

Synthesiser::~Synthesiser() = default;

std::optional<std::filesystem::path> Synthesiser::runningDataPath() {
    Engine& state = engine();
    const std::lock_guard lock(state.mutex);
    return state.started ? std::optional(state.dataPath) : std::nullopt;
}

core::Result<void> Synthesiser::selectVoice(core::Lang lang) {
    const std::string code(core::langCode(lang));
    const espeak_ng_STATUS status = espeak_ng_SetVoiceByName(code.c_str());
    const espeak_VOICE* current = espeak_GetCurrentVoice();
    const std::string language = current != nullptr ? firstLanguage(current->languages) : "";
    // A failed choice leaves the previous voice in place: never speak Swedish with it.
    if (status != ENS_OK || !language.starts_with(code)) {
        return core::Error{"espeak-ng has no voice for the language \"" + code +
                           "\": " + (status != ENS_OK ? statusText(status) : "got " + language)};
    }
    voice_ = {current->name != nullptr ? current->name : "",
              current->identifier != nullptr ? current->identifier : "", language};
    return {};
}

core::Result<void> Synthesiser::synthesise(std::string_view text, core::Lang lang,
                                           const SampleHandler& onSamples) {
    const std::lock_guard lock(engine().mutex);
    if (auto selected = selectVoice(lang); !selected) {
        return selected;
    }
    if (text.empty()) {
        return {};
    }
    const std::string terminated(text); // espeak-ng reads up to the terminating zero
    Call call{&onSamples, false};
    const espeak_ng_STATUS status =
        espeak_ng_Synthesize(terminated.c_str(), terminated.size() + 1, 0, POS_CHARACTER, 0,
                             espeakCHARS_UTF8, nullptr, &call);
    if (status != ENS_OK && !(call.stopped && status == ENS_SPEECH_STOPPED)) {
        return core::Error{"espeak-ng could not speak the text: " + statusText(status)};
    }
    return {};
}

core::Result<Pcm> Synthesiser::synthesise(std::string_view text, core::Lang lang) {
    Pcm pcm;
    pcm.sampleRate = sampleRate_;
    auto done = synthesise(text, lang, [&pcm](std::span<const std::int16_t> samples) {
        pcm.samples.insert(pcm.samples.end(), samples.begin(), samples.end());
        return true;
    });
    if (!done) {
        return done.error();
    }
    return pcm;
}

} // namespace vitrin::speech
