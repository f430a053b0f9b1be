// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_POSIX_SECUREFILEPLACEMENT_H
#define OFFRAMP_PLATFORM_POSIX_SECUREFILEPLACEMENT_H

#include <filesystem>

namespace offramp::platform::posix {

// The ways a finished temporary file gets its name without replacing anything, strongest first. Not every
// file system can do each: FAT and some FUSE file systems have neither RENAME_NOREPLACE nor hard links.
enum class Placement
{
    NoReplaceRename, // renameat2(RENAME_NOREPLACE) on Linux, renamex_np(RENAME_EXCL) on macOS: one atomic step
    HardLink,        // link() then unlink(): atomic, the name is never replaced
    CheckThenRename, // lstat() then rename(): a file created between the two would be replaced
};

// Gives `temporary` (in the same folder) the name `path`, starting with `first` and falling back to the next
// way when the file system cannot do it. Throws SecureFileError: AlreadyExists when the name is taken, and
// then the temporary file is still there for the caller to remove. Exposed for the tests of the fallbacks.
void placeWithoutReplacing(const std::filesystem::path& temporary, const std::filesystem::path& path,
                           Placement first = Placement::NoReplaceRename);

} // namespace offramp::platform::posix

#endif
