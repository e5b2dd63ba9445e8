#pragma once
// WAV files (RIFF, 16-bit PCM): what the headless kiosk writes instead of playing sound, and
// what the tests read back.

#include "core/Result.h"
#include "speech/Pcm.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

namespace vitrin::speech {

// The 44-byte header of a mono 16-bit PCM WAV file holding sampleCount samples.
std::string wavHeader(int sampleRate, std::uint32_t sampleCount);

// The whole file: header and samples (little-endian).
std::string wavBytes(const Pcm& pcm);

// Writes pcm to file as a mono 16-bit WAV, replacing it.
core::Result<void> writeWav(const std::filesystem::path& file, const Pcm& pcm);

// Reads a RIFF/WAVE file of 16-bit PCM (also WAVE_FORMAT_EXTENSIBLE); several channels are
// mixed to mono. Anything else, or damaged, is an error; never reads past the bytes given.
core::Result<Pcm> parseWav(std::span<const std::uint8_t> bytes);
core::Result<Pcm> readWav(const std::filesystem::path& file);

} // namespace vitrin::speech
