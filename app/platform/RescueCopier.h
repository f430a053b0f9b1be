// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_RESCUECOPIER_H
#define OFFRAMP_PLATFORM_RESCUECOPIER_H

#include "engine/utils/Error.h"
#include "platform/Sha256.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

// The file operations of the rescue bundle, one implementation per host folder (posix/, windows/).
namespace offramp::platform {

// Why a copy, hash or bundle write failed (RescueFileError::Reason).
enum class RescueFileReason
{
    SourceUnreadable, // the original could not be opened or read; nothing was written
    NoSpace,          // the disk is full, or the file is too large for it (or for a size limit)
    PathTooLong,      // a path on the writing side is longer than the system allows
    Failed,           // anything else on the writing side: permission denied, a missing folder, ...
};

// SourceUnreadable: Unreadable, NoSpace: DiskFull, PathTooLong: PathTooLong, Failed: Failed.
ErrorKind rescueFileErrorKind(RescueFileReason reason);

// A copy, hash or bundle write failed. what() is one line saying what and where; where the system said why, the
// error has the kind of the system's error.
using RescueFileError = ReasonedError<RescueFileReason, rescueFileErrorKind>;

struct HashedFile
{
    std::uint64_t size = 0;
    Sha256::Digest sha256{};
};

// Told the bytes written so far into the current file, after each piece.
using CopyProgress = std::function<void(std::uint64_t bytesWritten)>;

// Reads a file once and hashes it. The file is opened read-only (without updating its access time where the
// system allows), never through a symbolic link. Throws RescueFileError (SourceUnreadable).
HashedFile hashFile(const std::filesystem::path& path);

// Copies `source` to `target` in one read pass, hashing every byte it writes: the copy is written under a
// temporary name in target's folder (owner-only), flushed to the disk, given the source's modification time and
// renamed onto `target`, replacing what had that name (only the bundle's own files are ever targets). The source
// is only read. On failure the temporary file is removed and `target` is as it was. Throws RescueFileError.
HashedFile copyHashed(const std::filesystem::path& source, const std::filesystem::path& target,
                      const CopyProgress& progress = {});

// Writes a small file of the bundle (manifest, license record, marker) the same way: temporary name, flush,
// rename onto `target`. Throws RescueFileError.
void writeBundleFile(const std::filesystem::path& target, std::string_view contents);

// Creates a folder and its missing parents, each readable by its owner only; existing folders stay as they are.
// Throws RescueFileError.
void createPrivateFolders(const std::filesystem::path& folder);

// Makes the names just given in a folder survive a power cut, where the file system can.
void flushFolder(const std::filesystem::path& folder);

// Bytes the current user may still write on the folder's file system. Throws RescueFileError.
std::uint64_t freeSpace(const std::filesystem::path& folder);

// What "/" is on this computer: "/" on POSIX, the system drive ("C:\") on Windows.
std::filesystem::path systemRoot();

} // namespace offramp::platform

#endif
