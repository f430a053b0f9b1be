// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_UTILS_WINDOWSPATH_H
#define OFFRAMP_ENGINE_UTILS_WINDOWSPATH_H

#include <optional>
#include <string_view>

namespace offramp::utils {

// Which characters may separate a drive from the folders after it. Windows itself takes either, but text Offramp
// writes or compares (the catalog, rescue paths) uses '\' alone, so that one path has one spelling.
enum class DriveSeparator
{
    Backslash,        // "C:\..." only
    SlashOrBackslash, // "C:\..." or "C:/..."
};

// The drive letter, upper-cased, of a path that starts at the root of a drive ("c:\x" -> 'C'); nullopt for
// relative paths, drive-relative ones ("C:x"), UNC and device paths ("\\server\share", "\\?\C:\x").
std::optional<char> driveLetterOf(std::string_view path, DriveSeparator separator);

// Whether the path starts at the root of a drive: a letter, ':' and a separator.
bool startsAtDriveRoot(std::string_view path, DriveSeparator separator);

// Whether the path starts with two backslashes: a UNC path ("\\server\share\...") or a device path ("\\?\...",
// "\\.\...").
bool isUncPath(std::string_view path);

// A path Windows runs without searching for it: from the root of a drive (either separator) or UNC.
bool isAbsoluteWindowsPath(std::string_view path);

} // namespace offramp::utils

#endif
