// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/JournalLock.h"

namespace offramp::platform {

std::filesystem::path JournalLock::lockFileFor(const std::filesystem::path& journal)
{
    std::filesystem::path path = journal;
    path += ".lock";
    // A missing folder shows as the lock file's own error, which names it.
    std::error_code ignored;
    if (path.has_parent_path()) {
        std::filesystem::create_directories(path.parent_path(), ignored);
    }
    return path;
}

} // namespace offramp::platform
