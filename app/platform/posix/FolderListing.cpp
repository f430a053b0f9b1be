// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/FolderListing.h"

namespace offramp::platform {

std::filesystem::directory_iterator listFolder(const std::filesystem::path& folder, std::error_code& error)
{
    return std::filesystem::directory_iterator{folder, error};
}

} // namespace offramp::platform
