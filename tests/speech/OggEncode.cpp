#include "OggEncode.h"

#include <vorbis/vorbisenc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numbers>

namespace vitrin::speech::testing {

namespace {

void append(std::string& out, const ogg_page& page) {
    out.append(reinterpret_cast<const char*>(page.header), static_cast<size_t>(page.header_len));
    out.append(reinterpret_cast<const char*>(page.body), static_cast<size_t>(page.body_len));
}

} // namespace

std::string oggEncode(const std::vector<std::int16_t>& interleaved, int sampleRate, int channels) {
    vorbis_info info;
    vorbis_info_init(&info);
    if (vorbis_encode_init_vbr(&info, channels, sampleRate, 0.3f) != 0) {
        std::abort();
    }
    vorbis_comment comment;
    vorbis_comment_init(&comment);
    vorbis_comment_add_tag(&comment, "ENCODER", "vitrin tests");
    vorbis_dsp_state dsp;
    vorbis_analysis_init(&dsp, &info);
    vorbis_block block;
    vorbis_block_init(&dsp, &block);
    ogg_stream_state stream;
    ogg_stream_init(&stream, 1);

    std::string out;
    ogg_packet header, headerComment, headerCode;
    vorbis_analysis_headerout(&dsp, &comment, &header, &headerComment, &headerCode);
    ogg_stream_packetin(&stream, &header);
    ogg_stream_packetin(&stream, &headerComment);
    ogg_stream_packetin(&stream, &headerCode);
    ogg_page page;
    while (ogg_stream_flush(&stream, &page) != 0) {
        append(out, page);
    }

    const size_t frames = interleaved.size() / static_cast<size_t>(channels);
    constexpr size_t kBlock = 1024;
    for (size_t done = 0;;) {
        const size_t count = std::min(kBlock, frames - done);
        if (count == 0) {
            vorbis_analysis_wrote(&dsp, 0); // the end
        } else {
            float** buffer = vorbis_analysis_buffer(&dsp, static_cast<int>(count));
            for (size_t frame = 0; frame < count; ++frame) {
                for (int channel = 0; channel < channels; ++channel) {
                    buffer[channel][frame] =
                        interleaved[(done + frame) * static_cast<size_t>(channels) +
                                    static_cast<size_t>(channel)] /
                        32768.0f;
                }
            }
            vorbis_analysis_wrote(&dsp, static_cast<int>(count));
            done += count;
        }
        while (vorbis_analysis_blockout(&dsp, &block) == 1) {
            vorbis_analysis(&block, nullptr);
            vorbis_bitrate_addblock(&block);
            ogg_packet packet;
            while (vorbis_bitrate_flushpacket(&dsp, &packet) != 0) {
                ogg_stream_packetin(&stream, &packet);
                while (ogg_stream_pageout(&stream, &page) != 0) {
                    append(out, page);
                }
            }
        }
        if (count == 0) {
            while (ogg_stream_flush(&stream, &page) != 0) {
                append(out, page);
            }
            break;
        }
    }
    ogg_stream_clear(&stream);
    vorbis_block_clear(&block);
    vorbis_dsp_clear(&dsp);
    vorbis_comment_clear(&comment);
    vorbis_info_clear(&info);
    return out;
}

std::string oggTone(double seconds, double frequency, int sampleRate, int channels) {
    const auto frames = static_cast<size_t>(seconds * sampleRate);
    std::vector<std::int16_t> samples(frames * static_cast<size_t>(channels));
    for (size_t frame = 0; frame < frames; ++frame) {
        const double value = 12000 * std::sin(2 * std::numbers::pi * frequency *
                                              static_cast<double>(frame) / sampleRate);
        for (int channel = 0; channel < channels; ++channel) {
            samples[frame * static_cast<size_t>(channels) + static_cast<size_t>(channel)] =
                static_cast<std::int16_t>(std::lround(value));
        }
    }
    return oggEncode(samples, sampleRate, channels);
}

} // namespace vitrin::speech::testing
