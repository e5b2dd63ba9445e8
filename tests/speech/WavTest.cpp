#include "speech/Wav.h"

#include "../core/TempDir.h"

#include <gtest/gtest.h>

namespace vitrin::speech {
namespace {

using core::tests::TempDir;

std::span<const std::uint8_t> asBytes(const std::string& bytes) {
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()};
}

TEST(Wav, WritesAndReadsBackTheSamples) {
    TempDir dir;
    const Pcm pcm{22050, {0, 1, -1, 32767, -32768, 1234}};
    ASSERT_TRUE(writeWav(dir / "a.wav", pcm).ok());
    const auto read = readWav(dir / "a.wav");
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(read->sampleRate, 22050);
    EXPECT_EQ(read->samples, pcm.samples);
    EXPECT_EQ(core::tests::readFile(dir / "a.wav").size(), 44u + 12u);
}

TEST(Wav, MixesStereoToMonoAndSkipsOtherChunks) {
    std::string bytes = "RIFF____WAVE";
    const auto put16 = [&](int v) {
        bytes += static_cast<char>(v & 0xFF);
        bytes += static_cast<char>((v >> 8) & 0xFF);
    };
    const auto put32 = [&](std::uint32_t v) {
        put16(static_cast<int>(v & 0xFFFF));
        put16(static_cast<int>(v >> 16));
    };
    bytes += "LIST";
    put32(3);
    bytes += "abc";
    bytes += '\0'; // padding of the odd-sized chunk
    bytes += "fmt ";
    put32(16);
    put16(1);
    put16(2);
    put32(8000);
    put32(32000);
    put16(4);
    put16(16);
    bytes += "data";
    put32(8);
    put16(100);
    put16(300);
    put16(-100 & 0xFFFF);
    put16(-300 & 0xFFFF);
    const auto pcm = parseWav(asBytes(bytes));
    ASSERT_TRUE(pcm.ok()) << pcm.error().message;
    EXPECT_EQ(pcm->sampleRate, 8000);
    EXPECT_EQ(pcm->samples, (std::vector<std::int16_t>{200, -200}));
}

TEST(Wav, ATruncatedFileGivesWhatIsThere) {
    std::string bytes = wavBytes(Pcm{16000, {5, 6, 7, 8}});
    bytes.resize(bytes.size() - 3);
    const auto pcm = parseWav(asBytes(bytes));
    ASSERT_TRUE(pcm.ok());
    EXPECT_EQ(pcm->samples, (std::vector<std::int16_t>{5, 6}));
}

TEST(Wav, RefusesWhatIsNotSixteenBitPcm) {
    EXPECT_FALSE(parseWav(asBytes("")).ok());
    EXPECT_FALSE(parseWav(asBytes("RIFF\x04\0\0\0WAVE")).ok());
    EXPECT_FALSE(parseWav(asBytes("OggS and more bytes")).ok());
    std::string eightBit = wavBytes(Pcm{8000, {1, 2}});
    eightBit[34] = 8; // bits per sample
    EXPECT_FALSE(parseWav(asBytes(eightBit)).ok());
    std::string noRate = wavBytes(Pcm{8000, {1, 2}});
    noRate[24] = noRate[25] = 0; // sample rate 0
    EXPECT_FALSE(parseWav(asBytes(noRate)).ok());
}

TEST(Wav, AMissingFileIsAnError) {
    TempDir dir;
    const auto pcm = readWav(dir / "none.wav");
    ASSERT_FALSE(pcm.ok());
    EXPECT_NE(pcm.error().message.find("none.wav"), std::string::npos);
}

TEST(Wav, ResampleKeepsTheDuration) {
    const std::vector<std::int16_t> samples(22050, 1000);
    const auto doubled = resample(samples, 22050, 44100);
    EXPECT_EQ(doubled.size(), 44100u);
    EXPECT_EQ(doubled[1234], 1000);
    EXPECT_EQ(resample(samples, 22050, 22050).size(), samples.size());
}

TEST(Wav, ScaleRoundsAndClamps) {
    std::vector<std::int16_t> samples{1000, -1000, 32767};
    scale(samples, 0.5f);
    EXPECT_EQ(samples, (std::vector<std::int16_t>{500, -500, 16384}));
    scale(samples, 0.0f);
    EXPECT_EQ(samples, (std::vector<std::int16_t>{0, 0, 0}));
}

} // namespace
} // namespace vitrin::speech
