// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/WindowsPath.h"

namespace offramp::utils {

std::optional<char> driveLetterOf(std::string_view path, DriveSeparator separator)
{
    if (path.size() < 3 || path[1] != ':') {
        return std::nullopt;
    }
    const char letter = path[0];
    const bool isLetter = (letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z');
    const bool isSeparator = path[2] == '\\' || (separator == DriveSeparator::SlashOrBackslash && path[2] == '/');
    if (!isLetter || !isSeparator) {
        return std::nullopt;
    }
    return letter >= 'a' ? static_cast<char>(letter - 'a' + 'A') : letter;
}

bool startsAtDriveRoot(std::string_view path, DriveSeparator separator)
{
    return driveLetterOf(path, separator).has_value();
}

bool isUncPath(std::string_view path)
{
    return path.starts_with("\\\\");
}

bool isAbsoluteWindowsPath(std::string_view path)
{
    return startsAtDriveRoot(path, DriveSeparator::SlashOrBackslash) || isUncPath(path);
}

} // namespace offramp::utils
