#pragma once
// Ogg Vorbis files made in the tests themselves with libvorbisenc: recorded descriptions of a
// known length and pitch, so no audio file needs to be kept in the repository.

#include <cstdint>
#include <string>
#include <vector>

namespace vitrin::speech::testing {

// A sine tone of `seconds` at `frequency` Hz, in `channels` channels, as an Ogg Vorbis file.
std::string oggTone(double seconds, double frequency = 440, int sampleRate = 44100,
                    int channels = 1);

// Interleaved 16-bit samples encoded as Ogg Vorbis.
std::string oggEncode(const std::vector<std::int16_t>& interleaved, int sampleRate, int channels);

} // namespace vitrin::speech::testing
