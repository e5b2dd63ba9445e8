#include "speech/Synthesiser.h"

#include "../core/TempDir.h"
#include "SoundCheck.h"
#include "speech/Wav.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <ostream>

namespace vitrin::speech {
namespace {

using core::Lang;
using core::tests::TempDir;
namespace fs = std::filesystem;

struct Sample {
    Lang lang;
    const char* text;
};

// One sentence per language, as a caption might read.
const Sample kSamples[] = {
    {Lang::Sv, "Teckningen visar en flicka som står vid floden Angara en vinterdag i Irkutsk."},
    {Lang::En, "The drawing shows a girl standing by the Angara river on a winter day in Irkutsk."},
    {Lang::Ru, "На рисунке девочка стоит у реки Ангары зимним днём в Иркутске."},
};

// For the test's name in ctest: the language, not the struct's bytes.
void PrintTo(const Sample& sample, std::ostream* out) {
    *out << core::langCode(sample.lang);
}

class SynthesiserLanguage : public ::testing::TestWithParam<Sample> {};

// Spoken to a WAV file and read back: plausible length, not silent, no long gap inside, and
// the voice of the language asked for.
TEST_P(SynthesiserLanguage, SpeaksASentenceInTheLanguage) {
    const Sample sample = GetParam();
    auto synthesiser = Synthesiser::create();
    ASSERT_TRUE(synthesiser.ok()) << synthesiser.error().message;
    const auto pcm = (*synthesiser)->synthesise(sample.text, sample.lang);
    ASSERT_TRUE(pcm.ok()) << pcm.error().message;

    TempDir dir;
    const fs::path file = dir / (std::string(core::langCode(sample.lang)) + ".wav");
    ASSERT_TRUE(writeWav(file, *pcm).ok());
    const auto read = readWav(file);
    ASSERT_TRUE(read.ok()) << read.error().message;

    const double seconds = read->seconds();
    const double loudness = testing::rms(read->samples);
    const std::span<const std::int16_t> all(read->samples);
    const std::span<const std::int16_t> middle = all.subspan(all.size() / 10, all.size() * 8 / 10);
    const double longestGap =
        static_cast<double>(testing::longestZeroRun(middle)) / read->sampleRate;
    const Voice& voice = (*synthesiser)->voice();
    std::printf("[ speech ] %s: %.2f s at %d Hz, RMS %.0f, longest silence inside %.3f s, "
                "voice \"%s\" (%s, %s)\n",
                std::string(core::langCode(sample.lang)).c_str(), seconds, read->sampleRate,
                loudness, longestGap, voice.name.c_str(), voice.identifier.c_str(),
                voice.language.c_str());
    RecordProperty("seconds", std::to_string(seconds));
    RecordProperty("rms", std::to_string(loudness));

    EXPECT_EQ(read->sampleRate, (*synthesiser)->sampleRate());
    EXPECT_GE(seconds, 1.0);
    EXPECT_LE(seconds, 15.0);
    EXPECT_GT(loudness, 500.0);
    EXPECT_LT(longestGap, 1.0);
    EXPECT_TRUE(voice.language.starts_with(core::langCode(sample.lang))) << voice.language;
}

INSTANTIATE_TEST_SUITE_P(Languages, SynthesiserLanguage, ::testing::ValuesIn(kSamples),
                         [](const auto& param) {
                             return std::string(core::langCode(param.param.lang));
                         });

TEST(Synthesiser, StreamsAndStopsWhenAsked) {
    auto synthesiser = Synthesiser::create();
    ASSERT_TRUE(synthesiser.ok()) << synthesiser.error().message;
    std::size_t calls = 0;
    const auto spoken =
        (*synthesiser)
            ->synthesise(
                "En lång mening som tar flera sekunder att säga högt, med många ord i rad.",
                Lang::Sv, [&](std::span<const std::int16_t> samples) {
                    EXPECT_FALSE(samples.empty());
                    ++calls;
                    return false;
                });
    EXPECT_TRUE(spoken.ok()) << spoken.error().message;
    EXPECT_EQ(calls, 1u);
}

TEST(Synthesiser, EmptyTextIsNoSound) {
    auto synthesiser = Synthesiser::create();
    ASSERT_TRUE(synthesiser.ok());
    const auto pcm = (*synthesiser)->synthesise("", Lang::En);
    ASSERT_TRUE(pcm.ok());
    EXPECT_TRUE(pcm->samples.empty());
}

TEST(Synthesiser, SwitchesVoicesBetweenCalls) {
    auto synthesiser = Synthesiser::create();
    ASSERT_TRUE(synthesiser.ok());
    for (Lang lang : {Lang::Ru, Lang::Sv, Lang::En, Lang::Ru}) {
        ASSERT_TRUE((*synthesiser)->synthesise("1999", lang).ok());
        EXPECT_TRUE((*synthesiser)->voice().language.starts_with(core::langCode(lang)));
    }
}

// espeak-ng is started once per process; ctest runs every test in a process of its own.
bool startedAlready() {
    return Synthesiser::runningDataPath().has_value();
}

TEST(Synthesiser, MissingDataIsAClearError) {
    if (startedAlready()) {
        GTEST_SKIP() << "espeak-ng already runs in this process; run this test alone";
    }
    TempDir dir;
    fs::create_directories(dir / "espeak-ng-data");
    const auto synthesiser = Synthesiser::create(dir / "espeak-ng-data");
    ASSERT_FALSE(synthesiser.ok());
    EXPECT_NE(synthesiser.error().message.find("espeak-ng cannot start"), std::string::npos)
        << synthesiser.error().message;
    // Starting again with the system's data still works.
    EXPECT_TRUE(Synthesiser::create().ok());
}

// The system's espeak-ng data, where the tests look for it.
fs::path systemData() {
    for (const char* candidate :
         {"/usr/lib/x86_64-linux-gnu/espeak-ng-data", "/usr/lib/aarch64-linux-gnu/espeak-ng-data",
          "/usr/share/espeak-ng-data"}) {
        if (fs::exists(fs::path(candidate) / "phontab")) {
            return candidate;
        }
    }
    return {};
}

TEST(Synthesiser, AMissingVoiceIsAClearError) {
    if (startedAlready()) {
        GTEST_SKIP() << "espeak-ng already runs in this process; run this test alone";
    }
    const fs::path system = systemData();
    if (system.empty()) {
        GTEST_SKIP() << "espeak-ng-data not found in a known place";
    }
    // A copy of the data (as links) without Russian.
    TempDir dir;
    const fs::path data = dir / "espeak-ng-data";
    fs::create_directories(data / "lang");
    for (const auto& entry : fs::directory_iterator(system)) {
        const std::string name = entry.path().filename().string();
        if (name != "lang" && name != "ru_dict") {
            fs::create_symlink(entry.path(), data / name);
        }
    }
    for (const auto& entry : fs::directory_iterator(system / "lang")) {
        if (entry.path().filename() != "zle") {
            fs::create_symlink(entry.path(), data / "lang" / entry.path().filename());
        }
    }
    auto synthesiser = Synthesiser::create(data);
    ASSERT_TRUE(synthesiser.ok()) << synthesiser.error().message;
    ASSERT_TRUE((*synthesiser)->synthesise("Hej.", Lang::Sv).ok());
    const auto russian = (*synthesiser)->synthesise("Привет.", Lang::Ru);
    ASSERT_FALSE(russian.ok());
    EXPECT_NE(russian.error().message.find("no voice for the language \"ru\""), std::string::npos)
        << russian.error().message;
    EXPECT_EQ((*synthesiser)->voice().language, "sv"); // the last voice that worked
    // espeak-ng keeps this data folder: another one is refused with a reason.
    const auto other = Synthesiser::create();
    ASSERT_FALSE(other.ok());
    EXPECT_NE(other.error().message.find("already running"), std::string::npos);
}

} // namespace
} // namespace vitrin::speech
