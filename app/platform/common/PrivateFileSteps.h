// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_COMMON_PRIVATEFILESTEPS_H
#define OFFRAMP_PLATFORM_COMMON_PRIVATEFILESTEPS_H

#include "platform/SecureFile.h"

#include <filesystem>
#include <vector>

// The host's steps of writeNewPrivateFiles, which common/SecureFile.cpp puts together (all or none): one
// implementation per host (posix/SecureFile.cpp, windows/SecureFile.cpp). Each throws SecureFileError.
namespace offramp::platform::host {

// Throws unless `path` names a file in a folder that is there, and nothing has that name yet (AlreadyExists).
void checkNewFileTarget(const std::filesystem::path& path);

// Writes each file to a temporary name in its own folder, created exclusively and owner-only, and flushes it to the
// disk. Each name goes into `temporaries` as soon as the file is there, so that the caller can remove them all
// when a later one fails; a temporary file that fails half-way is removed here.
void writePrivateTemporaries(const std::vector<NewFile>& files, std::vector<std::filesystem::path>& temporaries);

// Gives a temporary file its name, never replacing anything (AlreadyExists when the name is taken; the temporary
// file is then still there).
void placeNewFile(const std::filesystem::path& temporary, const std::filesystem::path& path);

// Removes a file this call made, on the way out of a failure; a failure to remove is not reported.
void removeMadeFile(const std::filesystem::path& path) noexcept;

// Makes the new names durable: POSIX flushes their folders; on Windows the write-through rename has done so.
void flushNewNames(const std::vector<NewFile>& files);

} // namespace offramp::platform::host

#endif
