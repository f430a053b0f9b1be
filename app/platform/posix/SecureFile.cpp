// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SecureFile.h"

#include "engine/RescueManifest.h"
#include "engine/utils/FolderOf.h"
#include "platform/common/PrivateFileSteps.h"
#include "platform/posix/Descriptor.h"
#include "platform/posix/HostSystem.h"
#include "platform/posix/SecureFilePlacement.h"

#include <cerrno>
#include <fcntl.h>
#include <random>
#include <set>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace offramp::platform {

namespace {

using utils::folderOf;

namespace fs = std::filesystem;

using Reason = SecureFileError::Reason;

std::string errnoText(int error)
{
    return std::generic_category().message(error);
}

SecureFileError failure(const std::string& what, const fs::path& path, int error)
{
    return {Reason::Failed, "cannot " + what + " " + path.string() + ": " + errnoText(error)};
}

SecureFileError alreadyExists(const fs::path& path)
{
    return {Reason::AlreadyExists, path.string() + " already exists; Offramp never overwrites a file, so choose "
                                                   "another name or move the existing file away"};
}

// Creates an owner-only file that did not exist, next to `path`, under a name that shows what it is for if a
// crash leaves it behind.
std::pair<fs::path, int> createTemporary(const fs::path& path)
{
    std::random_device random;
    std::uniform_int_distribution<unsigned long long> digits;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path temporary = folderOf(path) / rescueTemporaryName(path.filename().string(), digits(random));
        // O_EXCL: never open something that is there already, and O_NOFOLLOW: not even through a symbolic link.
        const int fd =
            ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd >= 0) {
            return {temporary, fd};
        }
        if (errno != EEXIST) {
            throw failure("create a temporary file in", folderOf(path), errno);
        }
    }
    throw SecureFileError(Reason::Failed, "cannot find a free temporary name in " + folderOf(path).string());
}

void writeAll(int fd, std::string_view contents, const fs::path& path)
{
    while (!contents.empty()) {
        const ssize_t written = ::write(fd, contents.data(), contents.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw failure("write", path, errno);
        }
        contents.remove_prefix(static_cast<std::size_t>(written));
    }
}

// Writes one temporary file completely and flushes it; returns its name. Removes it on failure.
fs::path writeTemporary(const NewFile& file)
{
    auto [temporary, fd] = createTemporary(file.path);
    Descriptor descriptor(fd);
    try {
        // The mode given to open() is narrowed by the umask; this makes it exactly owner read and write.
        if (::fchmod(descriptor.get(), S_IRUSR | S_IWUSR) != 0) {
            throw failure("set the permissions of", temporary, errno);
        }
        writeAll(descriptor.get(), file.contents, temporary);
        if (::fsync(descriptor.get()) != 0) {
            throw failure("flush", temporary, errno);
        }
        if (descriptor.close() != 0) {
            throw failure("write", temporary, errno);
        }
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    return temporary;
}

// Whether anything (a file, a folder, a dangling symbolic link) has the name.
bool nameTaken(const fs::path& path)
{
    struct stat info
    {};
    if (::lstat(path.c_str(), &info) == 0) {
        return true;
    }
    if (errno == ENOENT) {
        return false;
    }
    throw failure("look for", path, errno);
}

// Whether the errno of a no-replace rename or a link means "this file system cannot do that" rather than a
// real failure, so that the next, weaker way is worth trying.
bool unsupported(int error)
{
    // ENOTSUP and EOPNOTSUPP are the same number on Linux but not everywhere.
    const bool notSupported = error == ENOTSUP || error == EOPNOTSUPP; // NOLINT(misc-redundant-expression)
    return notSupported || error == EINVAL || error == ENOSYS || error == EPERM || error == EMLINK;
}

// Makes the new names durable. Some file systems cannot flush a folder; the files themselves are flushed.
void flushFolder(const fs::path& folder)
{
    const Descriptor descriptor(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (descriptor.get() >= 0) {
        static_cast<void>(::fsync(descriptor.get()));
    }
}

void checkTarget(const fs::path& path)
{
    if (path.filename().empty() || path.filename() == "." || path.filename() == "..") {
        throw SecureFileError(Reason::Failed, "cannot write " + path.string() + ": it names a folder, not a file");
    }
    struct stat info
    {};
    const fs::path folder = folderOf(path);
    if (::stat(folder.c_str(), &info) != 0) {
        throw failure("write into the folder", folder, errno);
    }
    if (!S_ISDIR(info.st_mode)) {
        throw SecureFileError(Reason::Failed, "cannot write into " + folder.string() + ": it is not a folder");
    }
    if (nameTaken(path)) {
        throw alreadyExists(path);
    }
}

} // namespace

namespace posix {

void placeWithoutReplacing(const fs::path& temporary, const fs::path& path, Placement first)
{
    if (first == Placement::NoReplaceRename) {
        const int result = renameWithoutReplacing(temporary.c_str(), path.c_str());
        if (result == 0) {
            return;
        }
        if (errno == EEXIST) {
            throw alreadyExists(path);
        }
        if (!unsupported(errno)) {
            throw failure("rename a temporary file to", path, errno);
        }
        first = Placement::HardLink;
    }
    if (first == Placement::HardLink) {
        if (::link(temporary.c_str(), path.c_str()) == 0) {
            ::unlink(temporary.c_str());
            return;
        }
        if (errno == EEXIST) {
            throw alreadyExists(path);
        }
        if (!unsupported(errno)) {
            throw failure("link a temporary file to", path, errno);
        }
    }
    // The last resort, for file systems without hard links: only a file created at this very moment is at risk.
    if (nameTaken(path)) {
        throw alreadyExists(path);
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        throw failure("rename a temporary file to", path, errno);
    }
}

} // namespace posix

namespace host {

void checkNewFileTarget(const fs::path& path)
{
    checkTarget(path);
}

void writePrivateTemporaries(const std::vector<NewFile>& files, std::vector<fs::path>& temporaries)
{
    for (const auto& file : files) {
        temporaries.push_back(writeTemporary(file));
    }
}

void placeNewFile(const fs::path& temporary, const fs::path& path)
{
    posix::placeWithoutReplacing(temporary, path);
}

void removeMadeFile(const fs::path& path) noexcept
{
    ::unlink(path.c_str());
}

void flushNewNames(const std::vector<NewFile>& files)
{
    std::set<fs::path> folders;
    for (const auto& file : files) {
        folders.insert(folderOf(file.path));
    }
    for (const auto& folder : folders) {
        flushFolder(folder);
    }
}

} // namespace host

} // namespace offramp::platform
