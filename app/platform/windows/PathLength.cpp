// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/PathLength.h"

#include "platform/windows/Win32.h"

namespace offramp::platform::windows {

bool failedForLength(unsigned long error, const std::filesystem::path& path)
{
    constexpr std::size_t kLongestFolder = MAX_PATH - 12;
    if (error == ERROR_FILENAME_EXCED_RANGE) {
        return true;
    }
    return path.native().size() >= kLongestFolder && (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND ||
                                                      error == ERROR_INVALID_NAME || error == ERROR_DIRECTORY);
}

} // namespace offramp::platform::windows
