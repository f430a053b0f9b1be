// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_COMMON_UTF8PATH_H
#define OFFRAMP_PLATFORM_COMMON_UTF8PATH_H

#include <filesystem>
#include <string>
#include <string_view>

namespace offramp::platform {

// Paths as UTF-8 text and back. On Windows, path::string() would use the ANSI code page, which cannot hold
// every name ("C:\Users\Zoë"); on POSIX these pass the bytes through unchanged.
inline std::string utf8Text(const std::filesystem::path& path)
{
    const std::u8string text = path.u8string();
    return {text.begin(), text.end()};
}

inline std::filesystem::path pathFromUtf8(std::string_view text)
{
    return {std::u8string(text.begin(), text.end())};
}

} // namespace offramp::platform

#endif
