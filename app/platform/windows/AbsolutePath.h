// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_ABSOLUTEPATH_H
#define OFFRAMP_PLATFORM_WINDOWS_ABSOLUTEPATH_H

#include <string_view>

namespace offramp::platform::windows {

// "C:\..." (or "C:/...") and UNC "\\server\share\...": what Windows runs without searching for it.
inline bool isAbsoluteWindowsPath(std::string_view path)
{
    const auto isLetter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    const bool drive = path.size() >= 3 && isLetter(path[0]) && path[1] == ':' && (path[2] == '\\' || path[2] == '/');
    return drive || path.starts_with("\\\\");
}

} // namespace offramp::platform::windows

#endif
