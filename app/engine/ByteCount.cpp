// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ByteCount.h"

#include <array>
#include <cstdio>

namespace offramp {

std::string byteCount(std::uint64_t bytes)
{
    if (bytes < 1000) {
        return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    }
    static constexpr std::array<const char*, 4> units{"kB", "MB", "GB", "TB"};
    auto value = static_cast<double>(bytes) / 1000.0;
    std::size_t unit = 0;
    while (value >= 1000.0 && unit + 1 < units.size()) {
        value /= 1000.0;
        ++unit;
    }
    std::array<char, 32> text{};
    static_cast<void>(std::snprintf(text.data(), text.size(), "%.1f %s", value, units[unit]));
    return text.data();
}

} // namespace offramp
