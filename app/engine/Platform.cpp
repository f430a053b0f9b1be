// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Platform.h"

namespace offramp {

std::string_view platformId(Platform platform)
{
    switch (platform) {
    case Platform::Linux:
        return "linux";
    case Platform::MacOS:
        return "macos";
    case Platform::Windows:
        return "windows";
    }
    return "linux";
}

std::optional<Platform> platformFromId(std::string_view id)
{
    for (const auto platform : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
        if (platformId(platform) == id) {
            return platform;
        }
    }
    return std::nullopt;
}

std::string_view platformDisplayName(Platform platform)
{
    switch (platform) {
    case Platform::Linux:
        return "Linux";
    case Platform::MacOS:
        return "macOS";
    case Platform::Windows:
        return "Windows";
    }
    return "Linux";
}

} // namespace offramp
