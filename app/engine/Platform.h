// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_PLATFORM_H
#define OFFRAMP_ENGINE_PLATFORM_H

#include <optional>
#include <string_view>

namespace offramp {

enum class Platform
{
    Linux,
    MacOS,
    Windows,
};

// "linux", "macos", "windows".
std::string_view platformId(Platform platform);
std::optional<Platform> platformFromId(std::string_view id);
// "Linux", "macOS", "Windows".
std::string_view platformDisplayName(Platform platform);

} // namespace offramp

#endif
