#include "imaging/WebpDecoder.h"

#include <string>
#include <webp/decode.h>

namespace vitrin::imaging {
namespace {

DecodeError webpError(VP8StatusCode status, const std::string& stage) {
    RejectReason reason = RejectReason::Corrupt;
    if (status == VP8_STATUS_NOT_ENOUGH_DATA) {
        reason = RejectReason::Truncated;
    } else if (status == VP8_STATUS_UNSUPPORTED_FEATURE) {
        reason = RejectReason::UnsupportedVariant;
    }
    return DecodeError{reason, "WebP", stage + ": libwebp status " + std::to_string(status)};
}

DecodeResult<WebPBitstreamFeatures> readFeatures(std::span<const std::uint8_t> bytes) {
    WebPBitstreamFeatures features{};
    const VP8StatusCode status = WebPGetFeatures(bytes.data(), bytes.size(), &features);
    if (status != VP8_STATUS_OK) {
        return webpError(status, "header");
    }
    if (features.has_animation != 0) {
        return DecodeError{RejectReason::UnsupportedVariant, "WebP", "animated WebP"};
    }
    return features;
}

} // namespace

DecodeResult<ImageInfo> probeWebp(std::span<const std::uint8_t> bytes) {
    auto features = readFeatures(bytes);
    if (auto* error = std::get_if<DecodeError>(&features)) {
        return std::move(*error);
    }
    const auto& f = std::get<WebPBitstreamFeatures>(features);
    // Lossless (and mixed) WebP decodes into an ARGB buffer of the whole picture first; lossy
    // WebP with alpha holds the alpha plane.
    const int decoderBytes = f.format == 1 ? (f.has_alpha != 0 ? 1 : 0) : 4;
    return ImageInfo{Format::Webp, f.width, f.height, 1, decoderBytes};
}

DecodeResult<Pixels> decodeWebp(std::span<const std::uint8_t> bytes) {
    auto features = readFeatures(bytes);
    if (auto* error = std::get_if<DecodeError>(&features)) {
        return std::move(*error);
    }
    const auto& f = std::get<WebPBitstreamFeatures>(features);
    Pixels pixels;
    pixels.width = f.width;
    pixels.height = f.height;
    pixels.rgba.resize(std::size_t{4} * static_cast<std::size_t>(f.width) *
                       static_cast<std::size_t>(f.height));
    WebPDecoderConfig config;
    if (WebPInitDecoderConfig(&config) == 0) {
        return DecodeError{RejectReason::Corrupt, "WebP", "libwebp version mismatch"};
    }
    config.output.colorspace = MODE_RGBA;
    config.output.is_external_memory = 1;
    config.output.u.RGBA.rgba = pixels.rgba.data();
    config.output.u.RGBA.stride = 4 * f.width;
    config.output.u.RGBA.size = pixels.rgba.size();
    const VP8StatusCode status = WebPDecode(bytes.data(), bytes.size(), &config);
    WebPFreeDecBuffer(&config.output);
    if (status != VP8_STATUS_OK) {
        return webpError(status, "pixels");
    }
    return pixels;
}

} // namespace vitrin::imaging
