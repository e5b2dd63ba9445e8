#include "imaging/Resize.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>
#include <new>
#include <stb_image_resize.h>
#include <system_error>
#include <thread>
#include <vector>

namespace vitrin::imaging {
namespace {

// Weights are fixed point with 14 fraction bits; linear light is 16 bits. A sum of weights
// times samples stays below 2^31 even with the kernel's negative lobes (their absolute values
// sum to less than 1.1), also in the second pass over the first one's overshoot (< 1.2).
constexpr int kWeightBits = 14;
constexpr std::int32_t kWeightOne = 1 << kWeightBits;

// Mitchell-Netravali with B = C = 1/3, stb_image_resize's filter for shrinking: sharp, with
// little ringing. Support 2 (in output pixels).
float mitchell(float x) {
    constexpr float b = 1.0f / 3, c = 1.0f / 3;
    x = std::fabs(x);
    if (x < 1) {
        return ((12 - 9 * b - 6 * c) * x * x * x + (-18 + 12 * b + 6 * c) * x * x + (6 - 2 * b)) /
               6;
    }
    if (x < 2) {
        return ((-b - 6 * c) * x * x * x + (6 * b + 30 * c) * x * x + (-12 * b - 48 * c) * x +
                (8 * b + 24 * c)) /
               6;
    }
    return 0;
}

// For each output sample along one axis, the input samples it draws on and their weights.
// Every output uses `taps` consecutive inputs from first[i] (edges are clamped, so the window
// stays inside the input); weights[i * taps + k] sum to exactly kWeightOne.
struct Contributions {
    int taps = 0;
    std::vector<int> first;
    std::vector<std::int32_t> weights;
};

Contributions contributions(int inSize, int outSize) {
    const double scale = static_cast<double>(outSize) / inSize;
    // Shrinking widens the kernel by the ratio, so every input sample is filtered (no aliasing
    // at any ratio); enlarging interpolates with the kernel as it is.
    const double stretch = std::min(1.0, scale);
    const double support = 2.0 / stretch;
    Contributions c;
    c.taps = std::min(inSize, static_cast<int>(std::ceil(2 * support)) + 1);
    c.first.resize(static_cast<std::size_t>(outSize));
    c.weights.assign(static_cast<std::size_t>(outSize) * static_cast<std::size_t>(c.taps), 0);
    std::vector<double> raw(static_cast<std::size_t>(c.taps));
    for (int i = 0; i < outSize; ++i) {
        const double centre = (i + 0.5) / scale; // in input pixels
        const int wanted = static_cast<int>(std::floor(centre - support + 0.5));
        const int first = std::clamp(wanted, 0, inSize - c.taps);
        std::fill(raw.begin(), raw.end(), 0.0);
        double sum = 0;
        for (int j = wanted; j < wanted + static_cast<int>(std::ceil(2 * support)) + 1; ++j) {
            const double w = mitchell(static_cast<float>((j + 0.5 - centre) * stretch));
            // Samples beyond an edge repeat the edge sample.
            raw[static_cast<std::size_t>(std::clamp(j, 0, inSize - 1) - first)] += w;
            sum += w;
        }
        std::int32_t total = 0;
        std::size_t largest = 0;
        std::int32_t* weights = &c.weights[static_cast<std::size_t>(i) * c.taps];
        for (std::size_t k = 0; k < raw.size(); ++k) {
            weights[k] = static_cast<std::int32_t>(std::lround(raw[k] / sum * kWeightOne));
            total += weights[k];
            largest = std::abs(weights[k]) > std::abs(weights[largest]) ? k : largest;
        }
        weights[largest] += kWeightOne - total; // the rounding error, where it matters least
        c.first[static_cast<std::size_t>(i)] = first;
    }
    return c;
}

double srgbToLinear(double v) {
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double linearToSrgb(double v) {
    return v <= 0.0031308 ? v * 12.92 : 1.055 * std::pow(v, 1 / 2.4) - 0.055;
}

struct SrgbTables {
    std::array<std::uint16_t, 256> toLinear{};
    std::array<std::uint8_t, 65536> toSrgb{};
    SrgbTables() {
        for (int v = 0; v < 256; ++v) {
            toLinear[static_cast<std::size_t>(v)] =
                static_cast<std::uint16_t>(std::lround(srgbToLinear(v / 255.0) * 65535));
        }
        for (int v = 0; v < 65536; ++v) {
            toSrgb[static_cast<std::size_t>(v)] =
                static_cast<std::uint8_t>(std::lround(linearToSrgb(v / 65535.0) * 255));
        }
    }
};

const SrgbTables& srgbTables() {
    static const SrgbTables tables;
    return tables;
}

std::int32_t clampLinear(std::int32_t sum) {
    return std::clamp((sum + kWeightOne / 2) >> kWeightBits, 0, 65535);
}

// The row loops multiply 32-bit integers, which x86-64's baseline (SSE2) has no vector
// instruction for; with SSE4.1's, chosen when the program starts where the processor has it,
// a 24 MP photo's resize takes 18 ms instead of 24. Not under ThreadSanitizer: the choosing runs
// while the program is loaded, before the sanitizer's runtime that its instrumentation calls.
#if defined(__x86_64__) && !defined(__SANITIZE_THREAD__)
#define VITRIN_SSE41_CLONE __attribute__((target_clones("sse4.1", "default")))
#else
#define VITRIN_SSE41_CLONE
#endif

// Output rows [yBegin, yEnd) of resizeOpaque; bands of rows are independent of each other.
// The input's rows are asked for in order; false when one is not to be had.
VITRIN_SSE41_CLONE
bool resizeOpaqueRows(int inWidth, const RowSource& rowAt, Pixels& out, const Contributions& across,
                      const Contributions& down, int yBegin, int yEnd) {
    const SrgbTables& tables = srgbTables();
    const int width = out.width;
    const auto inRow = static_cast<std::size_t>(inWidth) * 3;
    // The last `down.taps` input rows in linear light, row r at slot r % taps.
    std::vector<std::uint16_t> ring(static_cast<std::size_t>(down.taps) * inRow);
    std::vector<std::int32_t> sums(inRow);
    std::vector<std::int32_t> column(inRow);
    int nextRow = 0;
    for (int y = yBegin; y < yEnd; ++y) {
        const int first = down.first[static_cast<std::size_t>(y)];
        for (nextRow = std::max(nextRow, first); nextRow < first + down.taps; ++nextRow) {
            const std::uint8_t* source = rowAt(nextRow);
            if (source == nullptr) {
                return false;
            }
            std::uint16_t* linear = ring.data() + (nextRow % down.taps) * inRow;
            for (int x = 0; x < inWidth; ++x) {
                for (int ch = 0; ch < 3; ++ch) {
                    linear[3 * x + ch] = tables.toLinear[source[4 * x + ch]];
                }
            }
        }
        std::fill(sums.begin(), sums.end(), 0);
        const std::int32_t* weights = &down.weights[static_cast<std::size_t>(y) * down.taps];
        for (int k = 0; k < down.taps; ++k) {
            const std::uint16_t* row = ring.data() + ((first + k) % down.taps) * inRow;
            const std::int32_t w = weights[k];
            for (std::size_t i = 0; i < inRow; ++i) {
                sums[i] += w * row[i];
            }
        }
        // Kept unclamped, like stb's floats: the ringing of one pass may cancel in the other.
        for (std::size_t i = 0; i < inRow; ++i) {
            column[i] = (sums[i] + kWeightOne / 2) >> kWeightBits;
        }
        std::uint8_t* target =
            out.rgba.data() + std::size_t{4} * static_cast<std::size_t>(width) * y;
        for (int x = 0; x < width; ++x) {
            const std::int32_t* w = &across.weights[static_cast<std::size_t>(x) * across.taps];
            const std::int32_t* source =
                column.data() + 3 * across.first[static_cast<std::size_t>(x)];
            std::int32_t r = 0, g = 0, b = 0;
            for (int k = 0; k < across.taps; ++k) {
                r += w[k] * source[3 * k];
                g += w[k] * source[3 * k + 1];
                b += w[k] * source[3 * k + 2];
            }
            target[4 * x] = tables.toSrgb[static_cast<std::size_t>(clampLinear(r))];
            target[4 * x + 1] = tables.toSrgb[static_cast<std::size_t>(clampLinear(g))];
            target[4 * x + 2] = tables.toSrgb[static_cast<std::size_t>(clampLinear(b))];
            target[4 * x + 3] = 255;
        }
    }
    return true;
}

// Pictures from this many output pixels up are resized in two bands on two threads: the
// resize of a 24 MP photo's half-scale decode is nearly half of the time until it is shown.
constexpr std::int64_t kTwoBandPixels = 1'000'000;

// The same filter as stb_image_resize in linear light, in fixed point: columns first, over
// whole rows (which the compiler vectorises), then rows. Opaque pictures only: alpha is 255.
Pixels resizeOpaque(const Pixels& in, int width, int height) {
    const Contributions across = contributions(in.width, width);
    const Contributions down = contributions(in.height, height);
    Pixels out;
    out.width = width;
    out.height = height;
    out.rgba.resize(std::size_t{4} * static_cast<std::size_t>(width) *
                    static_cast<std::size_t>(height));
    const RowSource rowAt = [&in](int row) {
        return in.rgba.data() + std::size_t{4} * static_cast<std::size_t>(in.width) * row;
    };
    if (static_cast<std::int64_t>(width) * height < kTwoBandPixels ||
        std::thread::hardware_concurrency() < 2) {
        resizeOpaqueRows(in.width, rowAt, out, across, down, 0, height);
        return out;
    }
    const int middle = height / 2;
    std::exception_ptr failed;
    std::thread lower;
    try {
        lower = std::thread([&] {
            try {
                resizeOpaqueRows(in.width, rowAt, out, across, down, middle, height);
            } catch (...) {
                failed = std::current_exception();
            }
        });
    } catch (const std::system_error&) {
        // No thread to be had (the process at its limit): one band, as for a small picture.
        resizeOpaqueRows(in.width, rowAt, out, across, down, 0, height);
        return out;
    }
    try {
        resizeOpaqueRows(in.width, rowAt, out, across, down, 0, middle);
    } catch (...) {
        lower.join();
        throw;
    }
    lower.join();
    if (failed) {
        std::rethrow_exception(failed);
    }
    return out;
}

} // namespace

Size fitInside(int width, int height, int maxWidth, int maxHeight) {
    const std::int64_t w = width;
    const std::int64_t h = height;
    const std::int64_t boxW = maxWidth > 0 ? std::min<std::int64_t>(maxWidth, w) : w;
    const std::int64_t boxH = maxHeight > 0 ? std::min<std::int64_t>(maxHeight, h) : h;
    // Compare w/h with boxW/boxH without division: which side of the box binds?
    if (w * boxH <= h * boxW) {
        const std::int64_t fittedW = std::max<std::int64_t>(1, (w * boxH + h / 2) / h);
        return Size{static_cast<int>(std::min(fittedW, boxW)), static_cast<int>(boxH)};
    }
    const std::int64_t fittedH = std::max<std::int64_t>(1, (h * boxW + w / 2) / w);
    return Size{static_cast<int>(boxW), static_cast<int>(std::min(fittedH, boxH))};
}

bool isOpaque(const Pixels& pixels) {
    // Whole pixels ANDed a block at a time, a loop the compiler vectorises (a 24 MP photo's
    // half-scale decode: 0.7 ms; byte by byte 1.7); a block with a transparent pixel ends it.
    constexpr std::size_t kBlockBytes = 4096;
    const std::vector<std::uint8_t>& rgba = pixels.rgba;
    for (std::size_t block = 0; block < rgba.size(); block += kBlockBytes) {
        const std::size_t end = std::min(rgba.size(), block + kBlockBytes);
        std::uint32_t all = 0xFFFFFFFF;
        for (std::size_t i = block; i + 4 <= end; i += 4) {
            std::uint32_t pixel = 0;
            std::memcpy(&pixel, rgba.data() + i, 4);
            all &= pixel;
        }
        std::uint8_t bytes[4];
        std::memcpy(bytes, &all, 4);
        if (bytes[3] != 255) {
            return false;
        }
    }
    return true;
}

Pixels resizePixels(const Pixels& pixels, int width, int height) {
    if (isOpaque(pixels)) {
        return resizeOpaque(pixels, width, height);
    }
    Pixels out;
    out.width = width;
    out.height = height;
    out.rgba.resize(std::size_t{4} * static_cast<std::size_t>(width) *
                    static_cast<std::size_t>(height));
    // Transparency needs stb's alpha weighting, so that hidden colours do not bleed.
    if (stbir_resize_uint8_srgb(pixels.rgba.data(), pixels.width, pixels.height, 0, out.rgba.data(),
                                width, height, 0, 4, 3, 0) == 0) {
        throw std::bad_alloc(); // its only failure is a failed allocation
    }
    return out;
}

Pixels resizeOpaqueAsRowsCome(int width, int height, const RowSource& rowAt, int outWidth,
                              int outHeight) {
    const Contributions across = contributions(width, outWidth);
    const Contributions down = contributions(height, outHeight);
    Pixels out;
    out.width = outWidth;
    out.height = outHeight;
    out.rgba.resize(std::size_t{4} * static_cast<std::size_t>(outWidth) *
                    static_cast<std::size_t>(outHeight));
    if (!resizeOpaqueRows(width, rowAt, out, across, down, 0, outHeight)) {
        return Pixels{};
    }
    return out;
}

} // namespace vitrin::imaging
