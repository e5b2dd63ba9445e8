#include "speech/Speaker.h"

#include "../core/TempDir.h"
#include "OggEncode.h"
#include "SoundCheck.h"
#include "speech/Recording.h"
#include "speech/SdlAudioSink.h"
#include "speech/Sentences.h"
#include "speech/Synthesiser.h"
#include "speech/Wav.h"
#include "speech/WavFileSink.h"

#include <gtest/gtest.h>

#include <SDL.h>

#include <condition_variable>
#include <cstdlib>
#include <mutex>

namespace vitrin::speech {
namespace {

using core::Lang;
using core::tests::TempDir;
using core::tests::writeFile;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

// Generous: the worker only has to synthesise a few sentences on a busy machine.
constexpr auto kPatience = 60s;

const std::string kLongText =
    "Vänortssamarbetet mellan Strömsund och Irkutsk började år 1999. Sedan dess har skolor, "
    "föreningar och kommunernas tjänstemän besökt varandra många gånger. Barnen i Irkutsk "
    "ritade sin stad för en tävling i november 2009. De tjugo bästa teckningarna visas här. "
    "Svenskbyn är ett område med sextiotvå trähus byggda med svenska metoder. Husen byggdes "
    "av lokala hantverkare som hade lärt sig tekniken i Sverige.";
const std::string kShortText = "Tack för besöket.";

// How long the Speaker takes to say text: its sentences one by one. espeak-ng varies a
// sound's length by a few samples from one call to the next, so lengths are compared, not
// samples.
double expectedSeconds(const std::string& text, Lang lang) {
    auto synthesiser = Synthesiser::create();
    EXPECT_TRUE(synthesiser.ok());
    std::size_t samples = 0;
    for (const std::string& sentence : splitSentences(text)) {
        const auto pcm = (*synthesiser)->synthesise(sentence, lang);
        EXPECT_TRUE(pcm.ok());
        samples += pcm->samples.size();
    }
    return static_cast<double>(samples) / (*synthesiser)->sampleRate();
}

Pcm readBack(const fs::path& file) {
    auto pcm = readWav(file);
    EXPECT_TRUE(pcm.ok()) << pcm.error().message;
    return pcm.ok() ? *pcm : Pcm{};
}

TEST(Speaker, SpeaksIntoAWavFile) {
    TempDir dir;
    Speaker speaker(std::make_unique<WavFileSink>(dir / "out.wav"));
    EXPECT_FALSE(speaker.isSpeaking());
    speaker.say({kShortText, Lang::Sv, {}});
    EXPECT_TRUE(speaker.isSpeaking());
    ASSERT_TRUE(speaker.waitUntilQuiet(kPatience));
    EXPECT_EQ(speaker.lastSource(), SpeechSource::Synthesis);
    const Pcm pcm = readBack(dir / "out.wav");
    EXPECT_NEAR(pcm.seconds(), expectedSeconds(kShortText, Lang::Sv), 0.05);
    EXPECT_GT(testing::rms(pcm.samples), 500);
}

// A sink that lets the first write through and holds the second until the test releases it:
// the test knows exactly where the speech was when it said stop.
class GatedSink final : public AudioSink {
  public:
    explicit GatedSink(fs::path file) : inner_(std::move(file)) {}

    void write(std::span<const std::int16_t> samples, int sampleRate) override {
        inner_.write(samples, sampleRate);
        std::unique_lock lock(mutex_);
        ++writes_;
        changed_.notify_all();
        changed_.wait(lock, [&] { return released_ || writes_ < 2; });
    }
    void clear() override {
        const std::lock_guard lock(mutex_);
        ++clears_;
    }
    double pendingSeconds() override { return 0; }

    void waitForWrites(int count) {
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, kPatience, [&] { return writes_ >= count; });
    }
    void release() {
        const std::lock_guard lock(mutex_);
        released_ = true;
        changed_.notify_all();
    }
    int clears() {
        const std::lock_guard lock(mutex_);
        return clears_;
    }
    double seconds() const { return inner_.seconds(); }

  private:
    WavFileSink inner_;
    std::mutex mutex_;
    std::condition_variable changed_;
    int writes_ = 0;
    int clears_ = 0;
    bool released_ = false;
};

TEST(Speaker, StopMidwayThenSayAgain) {
    TempDir dir;
    auto owned = std::make_unique<GatedSink>(dir / "out.wav");
    GatedSink& sink = *owned;
    Speaker speaker(std::move(owned));

    speaker.say({kLongText, Lang::Sv, {}});
    sink.waitForWrites(2); // two pieces of the first sentence are out; the second is held
    speaker.stop();
    EXPECT_FALSE(speaker.isSpeaking());
    const int clearsBefore = sink.clears();
    sink.release();
    ASSERT_TRUE(speaker.waitUntilQuiet(kPatience));
    const Pcm cut = readBack(dir / "out.wav");
    EXPECT_GT(cut.seconds(), 0.0);
    EXPECT_LT(cut.seconds(), 0.25 * expectedSeconds(kLongText, Lang::Sv));

    speaker.say({kShortText, Lang::Sv, {}});
    ASSERT_TRUE(speaker.waitUntilQuiet(kPatience));
    EXPECT_GT(sink.clears(), clearsBefore); // the stopped speech was dropped from the queue

    // The file: the start of the long text, exactly as far as it got, then the short one.
    const Pcm pcm = readBack(dir / "out.wav");
    ASSERT_GT(pcm.samples.size(), cut.samples.size());
    EXPECT_TRUE(std::equal(cut.samples.begin(), cut.samples.end(), pcm.samples.begin()));
    EXPECT_NEAR(pcm.seconds() - cut.seconds(), expectedSeconds(kShortText, Lang::Sv), 0.05);
}

TEST(Speaker, ANewUtteranceReplacesTheOldOne) {
    TempDir dir;
    Speaker speaker(std::make_unique<WavFileSink>(dir / "out.wav"));
    for (int i = 0; i < 5; ++i) {
        speaker.say({kLongText, Lang::Sv, {}});
    }
    speaker.say({kShortText, Lang::En, {}});
    ASSERT_TRUE(speaker.waitUntilQuiet(kPatience));
    // Whatever of the long texts got out before the next say(), the short one follows whole.
    const double seconds = readBack(dir / "out.wav").seconds();
    EXPECT_GE(seconds, expectedSeconds(kShortText, Lang::En) - 0.05);
    EXPECT_LT(seconds, 0.5 * expectedSeconds(kLongText, Lang::Sv));
}

TEST(Speaker, PlaysARecordingInsteadOfSynthesis) {
    TempDir dir;
    writeFile(dir / "bild.sv.ogg", testing::oggTone(1.0, 440, 22050, 1));
    Speaker speaker(std::make_unique<WavFileSink>(dir / "out.wav"));
    speaker.say({kLongText, Lang::Sv, dir / "bild.sv.ogg"});
    ASSERT_TRUE(speaker.waitUntilQuiet(kPatience));
    EXPECT_EQ(speaker.lastSource(), SpeechSource::Recording);
    const Pcm pcm = readBack(dir / "out.wav");
    const auto recording = decodeRecording(dir / "bild.sv.ogg");
    ASSERT_TRUE(std::holds_alternative<Pcm>(recording));
    EXPECT_EQ(pcm.samples, std::get<Pcm>(recording).samples);
}

TEST(Speaker, ARecordingAtAnotherRateIsResampledInTheFile) {
    TempDir dir;
    writeFile(dir / "bild.en.ogg", testing::oggTone(1.0, 440, 44100, 2));
    Speaker speaker(std::make_unique<WavFileSink>(dir / "out.wav"));
    speaker.say({kShortText, Lang::En, {}}); // the file's rate is espeak-ng's
    ASSERT_TRUE(speaker.waitUntilQuiet(kPatience));
    const double speech = readBack(dir / "out.wav").seconds();
    speaker.say({kShortText, Lang::En, dir / "bild.en.ogg"});
    ASSERT_TRUE(speaker.waitUntilQuiet(kPatience));
    const Pcm pcm = readBack(dir / "out.wav");
    EXPECT_EQ(pcm.sampleRate, 22050);
    EXPECT_NEAR(pcm.seconds() - speech, 1.0, 0.01);
}

TEST(Speaker, ABrokenRecordingFallsBackToSynthesis) {
    TempDir dir;
    std::string broken = testing::oggTone(1.0);
    broken.resize(40); // cut inside the headers
    writeFile(dir / "bild.ru.ogg", broken);
    writeFile(dir / "mp3.ru.ogg", "ID3\x03 not an Ogg file at all");
    for (const char* name : {"bild.ru.ogg", "mp3.ru.ogg", "missing.ru.ogg"}) {
        const fs::path out = dir / (std::string(name) + ".wav");
        Speaker speaker(std::make_unique<WavFileSink>(out));
        speaker.say({"Спасибо.", Lang::Ru, dir / name});
        ASSERT_TRUE(speaker.waitUntilQuiet(kPatience));
        EXPECT_EQ(speaker.lastSource(), SpeechSource::Synthesis) << name;
        const Pcm pcm = readBack(out);
        EXPECT_NEAR(pcm.seconds(), expectedSeconds("Спасибо.", Lang::Ru), 0.05) << name;
        EXPECT_GT(testing::rms(pcm.samples), 500) << name;
    }
}

TEST(Speaker, VolumeScalesTheSamples) {
    TempDir dir;
    Speaker full(std::make_unique<WavFileSink>(dir / "full.wav"));
    full.say({kShortText, Lang::Sv, {}});
    Speaker half(std::make_unique<WavFileSink>(dir / "half.wav"));
    half.setVolume(0.5f);
    half.say({kShortText, Lang::Sv, {}});
    Speaker mute(std::make_unique<WavFileSink>(dir / "mute.wav"));
    mute.setVolume(-3.0f); // clamped to 0
    EXPECT_EQ(mute.volume(), 0.0f);
    mute.say({kShortText, Lang::Sv, {}});
    ASSERT_TRUE(full.waitUntilQuiet(kPatience));
    ASSERT_TRUE(half.waitUntilQuiet(kPatience));
    ASSERT_TRUE(mute.waitUntilQuiet(kPatience));
    const double fullRms = testing::rms(readBack(dir / "full.wav").samples);
    EXPECT_NEAR(testing::rms(readBack(dir / "half.wav").samples) / fullRms, 0.5, 0.05);
    const Pcm mutePcm = readBack(dir / "mute.wav");
    EXPECT_NEAR(mutePcm.seconds(), readBack(dir / "full.wav").seconds(), 0.05);
    EXPECT_EQ(testing::rms(mutePcm.samples), 0.0);
}

TEST(Speaker, NothingToSayEndsAtOnce) {
    TempDir dir;
    Speaker speaker(std::make_unique<WavFileSink>(dir / "out.wav"));
    speaker.say({"  \n ", Lang::Sv, {}});
    ASSERT_TRUE(speaker.waitUntilQuiet(kPatience));
    EXPECT_TRUE(readBack(dir / "out.wav").samples.empty());
    speaker.stop(); // harmless when quiet
    EXPECT_FALSE(speaker.isSpeaking());
}

TEST(Speaker, DestroyedWhileSpeaking) {
    TempDir dir;
    Speaker speaker(std::make_unique<WavFileSink>(dir / "out.wav"));
    speaker.say({kLongText, Lang::Ru, {}});
} // must not hang or crash

// SDL's dummy audio driver (set for every test by CMake) plays in real time into nothing.
TEST(Speaker, PlaysThroughSdlAudio) {
    ASSERT_EQ(SDL_Init(0), 0);
    {
        Speaker speaker(std::make_unique<SdlAudioSink>());
        speaker.say({"Hej.", Lang::Sv, {}});
        EXPECT_TRUE(speaker.waitUntilQuiet(kPatience));
        speaker.say({kLongText, Lang::Sv, {}});
        speaker.stop();
        EXPECT_FALSE(speaker.isSpeaking());
    }
    SDL_Quit();
}

TEST(Speaker, WithoutAnAudioDeviceStaysSilentAndCarriesOn) {
    const char* before = std::getenv("SDL_AUDIODRIVER");
    const std::string saved = before != nullptr ? before : "";
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    ASSERT_EQ(SDL_Init(0), 0);
    {
        auto owned = std::make_unique<SdlAudioSink>();
        SdlAudioSink& sink = *owned;
        Speaker speaker(std::move(owned));
        speaker.say({"Hej.", Lang::Sv, {}});
        EXPECT_TRUE(speaker.waitUntilQuiet(kPatience));
        speaker.say({"Hej igen.", Lang::Sv, {}});
        EXPECT_TRUE(speaker.waitUntilQuiet(kPatience));
        EXPECT_FALSE(sink.isOpen());
    }
    SDL_Quit();
    if (before != nullptr) {
        setenv("SDL_AUDIODRIVER", saved.c_str(), 1);
    } else {
        unsetenv("SDL_AUDIODRIVER");
    }
}

} // namespace
} // namespace vitrin::speech
