#pragma once
// Whole numbers from JSON written by the kiosk, read without trusting it.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

namespace vitrin::content {

// json[key] as an int; throws std::invalid_argument for a fraction or a number beyond int's
// range. (nlohmann's get<int>() casts those, which it stores as doubles, without a check:
// undefined behaviour, found by fuzz_catalog_json.)
inline int intField(const nlohmann::json& json, const char* key) {
    const nlohmann::json& value = json.at(key);
    if (!value.is_number_integer()) {
        throw std::invalid_argument(std::string(key) + " is not a whole number");
    }
    const auto number = value.get<std::int64_t>();
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        throw std::invalid_argument(std::string(key) + " is out of range");
    }
    return static_cast<int>(number);
}

// json[key] as a count or a size: a whole number from 0 up; throws std::invalid_argument for
// anything else. (get<std::uint64_t>() casts a fraction, or a number too large for 64 bits that
// nlohmann stores as a double, without a check: undefined behaviour, found by fuzz_store_state.)
inline std::uint64_t countField(const nlohmann::json& json, const char* key) {
    const nlohmann::json& value = json.at(key);
    if (!value.is_number_unsigned()) {
        throw std::invalid_argument(std::string(key) + " is not a count");
    }
    return value.get<std::uint64_t>();
}

} // namespace vitrin::content
