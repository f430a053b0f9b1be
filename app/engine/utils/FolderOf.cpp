// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/FolderOf.h"

namespace offramp::utils {

std::filesystem::path folderOf(const std::filesystem::path& file)
{
    return file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
}

} // namespace offramp::utils
