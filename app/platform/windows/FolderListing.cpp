// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/FolderListing.h"

#include "platform/windows/Win32.h"

namespace offramp::platform {

std::filesystem::directory_iterator listFolder(const std::filesystem::path& folder, std::error_code& error)
{
    // _wopendir makes the path absolute into a buffer of MAX_PATH characters, its final null included.
    const std::filesystem::path absolute = std::filesystem::absolute(folder, error);
    if (error) {
        return {};
    }
    if (absolute.native().size() >= MAX_PATH) {
        error = std::make_error_code(std::errc::filename_too_long);
        return {};
    }
    return std::filesystem::directory_iterator{folder, error};
}

} // namespace offramp::platform
