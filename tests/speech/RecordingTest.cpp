#include "speech/Recording.h"

#include "../core/TempDir.h"
#include "OggEncode.h"
#include "SoundCheck.h"

#include <gtest/gtest.h>

namespace vitrin::speech {
namespace {

using core::tests::TempDir;
using core::tests::writeFile;
using testing::oggTone;

std::span<const std::uint8_t> asBytes(const std::string& bytes) {
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()};
}

RecordingProblem problemOf(const RecordingResult<Pcm>& result) {
    return std::get<RecordingError>(result).problem;
}

TEST(Recording, DecodesAMonoRecording) {
    TempDir dir;
    writeFile(dir / "bild.sv.ogg", oggTone(1.5, 440, 44100, 1));
    const auto decoded = decodeRecording(dir / "bild.sv.ogg");
    ASSERT_TRUE(std::holds_alternative<Pcm>(decoded)) << std::get<RecordingError>(decoded).detail;
    const Pcm& pcm = std::get<Pcm>(decoded);
    EXPECT_EQ(pcm.sampleRate, 44100);
    EXPECT_NEAR(pcm.seconds(), 1.5, 0.01);
    // A sine of amplitude 12000 has an RMS of about 8500; Vorbis keeps it close.
    EXPECT_NEAR(testing::rms(pcm.samples), 8485, 500);

    const auto probed = probeRecording(dir / "bild.sv.ogg");
    ASSERT_TRUE(std::holds_alternative<RecordingInfo>(probed));
    EXPECT_EQ(std::get<RecordingInfo>(probed).channels, 1);
    EXPECT_NEAR(std::get<RecordingInfo>(probed).seconds, 1.5, 0.01);
    EXPECT_TRUE(std::holds_alternative<RecordingInfo>(checkRecording(dir / "bild.sv.ogg")));
}

TEST(Recording, MixesStereoToMono) {
    const std::string bytes = oggTone(0.5, 300, 22050, 2);
    const auto decoded = decodeRecordingBytes(asBytes(bytes));
    ASSERT_TRUE(std::holds_alternative<Pcm>(decoded));
    const Pcm& pcm = std::get<Pcm>(decoded);
    EXPECT_EQ(pcm.sampleRate, 22050);
    EXPECT_NEAR(pcm.seconds(), 0.5, 0.01);
    EXPECT_NEAR(testing::rms(pcm.samples), 8485, 500);
}

TEST(Recording, ReadsInChunks) {
    const std::string bytes = oggTone(1.0, 440, 8000, 1);
    auto opened = RecordingReader::openBytes(asBytes(bytes));
    ASSERT_TRUE(std::holds_alternative<std::unique_ptr<RecordingReader>>(opened));
    RecordingReader& reader = *std::get<std::unique_ptr<RecordingReader>>(opened);
    std::vector<std::int16_t> samples;
    std::size_t chunks = 0;
    for (;;) {
        auto got = reader.read(samples, 800);
        ASSERT_TRUE(std::holds_alternative<std::size_t>(got));
        if (std::get<std::size_t>(got) == 0) {
            break;
        }
        EXPECT_LE(std::get<std::size_t>(got), 800u);
        ++chunks;
    }
    EXPECT_EQ(samples.size(), 8000u);
    EXPECT_GE(chunks, 10u);
}

TEST(Recording, WhatIsNotOggVorbisIsRefused) {
    EXPECT_EQ(problemOf(decodeRecordingBytes(asBytes(""))), RecordingProblem::NotVorbis);
    EXPECT_EQ(problemOf(decodeRecordingBytes(asBytes("ID3\x03 an mp3 named .ogg"))),
              RecordingProblem::NotVorbis);
    std::string random(5000, '\0');
    for (std::size_t i = 0; i < random.size(); ++i) {
        random[i] = static_cast<char>((i * 7919) % 251);
    }
    EXPECT_EQ(problemOf(decodeRecordingBytes(asBytes(random))), RecordingProblem::NotVorbis);
}

TEST(Recording, ADamagedFileIsAnErrorNotACrash) {
    const std::string good = oggTone(1.0);
    // Cut inside the headers, cut in the middle, and bytes overwritten in the middle.
    for (std::size_t keep : {std::size_t{30}, std::size_t{200}, good.size() / 2}) {
        const std::string cut = good.substr(0, keep);
        const auto decoded = decodeRecordingBytes(asBytes(cut));
        if (keep < 1000) {
            EXPECT_TRUE(std::holds_alternative<RecordingError>(decoded)) << keep;
        } else if (const Pcm* pcm = std::get_if<Pcm>(&decoded)) {
            EXPECT_LT(pcm->seconds(), 1.0); // a cut file plays what is there
        }
    }
    std::string scribbled = good;
    for (std::size_t i = scribbled.size() / 3; i < scribbled.size() / 3 + 400; ++i) {
        scribbled[i] = static_cast<char>(i & 0xFF);
    }
    const auto decoded = decodeRecordingBytes(asBytes(scribbled)); // either way, no crash
    if (const Pcm* pcm = std::get_if<Pcm>(&decoded)) {
        EXPECT_LE(pcm->seconds(), 1.01);
    }
}

TEST(Recording, AMissingFileCannotBeRead) {
    TempDir dir;
    const auto decoded = decodeRecording(dir / "none.ogg");
    EXPECT_EQ(problemOf(decoded), RecordingProblem::ReadFailed);
    EXPECT_NE(std::get<RecordingError>(decoded).detail.find("none.ogg"), std::string::npos);
}

} // namespace
} // namespace vitrin::speech
