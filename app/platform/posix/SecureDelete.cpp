// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SecureDelete.h"

#include "engine/utils/FolderOf.h"
#include "platform/posix/Descriptor.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace offramp::platform {

namespace {

namespace fs = std::filesystem;

using Reason = SecureDeleteError::Reason;

constexpr std::size_t kPieceSize = std::size_t{64} << 10U;

SecureDeleteError failure(const std::string& what, const fs::path& path, int error)
{
    const Reason reason = error == ENOENT ? Reason::Missing : Reason::Failed;
    return {reason, "cannot " + what + " " + path.string() + ": " + std::generic_category().message(error)};
}

SecureDeleteError notAFile(const fs::path& path, const std::string& why)
{
    return {Reason::NotAFile, "did not delete " + path.string() + ": " + why};
}

// What lstat() says about the name itself, never about what a link points to.
struct stat statOf(const fs::path& path)
{
    struct stat info
    {};
    if (::lstat(path.c_str(), &info) != 0) {
        throw failure("find", path, errno);
    }
    return info;
}

void checkOneRegularFile(const fs::path& path, const struct stat& info)
{
    if (S_ISLNK(info.st_mode)) {
        throw notAFile(path, "it is a symbolic link (only the file itself is deleted, never what a link points to)");
    }
    if (S_ISDIR(info.st_mode)) {
        throw notAFile(path, "it is a folder, not a file");
    }
    if (!S_ISREG(info.st_mode)) {
        throw notAFile(path, "it is not an ordinary file");
    }
    if (info.st_nlink > 1) {
        throw notAFile(path, "the file has other names (hard links), which overwriting it would change too");
    }
}

void overwrite(int fd, const fs::path& path, off_t size)
{
    static constexpr std::array<char, kPieceSize> zeros{};
    off_t done = 0;
    while (done < size) {
        const auto piece = static_cast<std::size_t>(std::min<off_t>(size - done, static_cast<off_t>(kPieceSize)));
        const ssize_t written = ::pwrite(fd, zeros.data(), piece, done);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw failure("overwrite", path, errno);
        }
        done += written;
    }
    if (::fsync(fd) != 0) {
        throw failure("flush", path, errno);
    }
}

void flushFolder(const fs::path& folder)
{
    const Descriptor descriptor(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (descriptor.get() >= 0) {
        static_cast<void>(::fsync(descriptor.get()));
    }
}

} // namespace

void secureDelete(const fs::path& file)
{
    checkOneRegularFile(file, statOf(file));
    // O_NOFOLLOW: a link put there since the check is refused; O_NONBLOCK: a FIFO cannot make this wait.
    Descriptor descriptor(::open(file.c_str(), O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (descriptor.get() < 0) {
        if (errno == ELOOP) {
            throw notAFile(file, "it is a symbolic link");
        }
        throw failure("open", file, errno);
    }
    struct stat opened
    {};
    if (::fstat(descriptor.get(), &opened) != 0) {
        throw failure("read the details of", file, errno);
    }
    checkOneRegularFile(file, opened);
    overwrite(descriptor.get(), file, opened.st_size);

    // Remove the name only while it still names the file just overwritten.
    const struct stat now = statOf(file);
    if (now.st_dev != opened.st_dev || now.st_ino != opened.st_ino) {
        throw SecureDeleteError(Reason::Failed,
                                "did not delete " + file.string() + ": another file was put under its name meanwhile");
    }
    if (descriptor.close() != 0) {
        throw failure("write", file, errno);
    }
    if (::unlink(file.c_str()) != 0) {
        throw failure("remove", file, errno);
    }
    flushFolder(utils::folderOf(file));
}

} // namespace offramp::platform
