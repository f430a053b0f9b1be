// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/RescueCopier.h"

#include "engine/RescueManifest.h"
#include "engine/utils/FolderOf.h"
#include "platform/common/HashPieces.h"
#include "platform/posix/Descriptor.h"

#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <random>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <system_error>
#include <unistd.h>
#include <utility>
#include <vector>

namespace offramp::platform {

namespace {

using utils::folderOf;

namespace fs = std::filesystem;

using Reason = RescueFileError::Reason;

// Large pieces: few system calls, and the hash works on long runs of whole blocks.
constexpr std::size_t kBufferSize = std::size_t{1} << 20U;
// How much is written before the kernel is asked to start writing it out, so that the disk works while the
// next pieces are hashed and the final flush has little left to wait for.
constexpr std::uint64_t kWritebackStep = std::uint64_t{8} << 20U;

std::string errnoText(int error)
{
    return std::generic_category().message(error);
}

bool isNoSpace(int error)
{
    return error == ENOSPC || error == EFBIG || error == EDQUOT;
}

RescueFileError writeFailure(const std::string& what, const fs::path& path, int error)
{
    const Reason reason = isNoSpace(error)        ? Reason::NoSpace
                          : error == ENAMETOOLONG ? Reason::PathTooLong
                                                  : Reason::Failed;
    return {reason, "cannot " + what + " " + path.string() + ": " + errnoText(error)};
}

RescueFileError readFailure(const std::string& what, const fs::path& path, int error)
{
    return {Reason::SourceUnreadable, errorKindOf(std::error_code(error, std::generic_category())),
            "cannot " + what + " " + path.string() + ": " + errnoText(error), path.string()};
}

// Opens a source read-only: never through a symbolic link, and without touching its access time where the
// kernel allows it (O_NOATIME is refused for files of other users, so it is tried first and dropped).
int openSource(const fs::path& path)
{
    constexpr int flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY;
#if defined(O_NOATIME)
    const int fd = ::open(path.c_str(), flags | O_NOATIME);
    if (fd >= 0 || errno != EPERM) {
        return fd;
    }
#endif
    return ::open(path.c_str(), flags);
}

Descriptor openRegularSource(const fs::path& path)
{
    Descriptor source(openSource(path));
    if (source.get() < 0) {
        throw readFailure("open", path, errno);
    }
    struct stat info
    {};
    if (::fstat(source.get(), &info) != 0) {
        throw readFailure("read", path, errno);
    }
    if (!S_ISREG(info.st_mode)) {
        throw RescueFileError(Reason::SourceUnreadable, ErrorKind::NotAFile,
                              "cannot copy " + path.string() + ": it is not a regular file", path.string());
    }
#if defined(POSIX_FADV_SEQUENTIAL)
    static_cast<void>(::posix_fadvise(source.get(), 0, 0, POSIX_FADV_SEQUENTIAL));
#endif
    return source;
}

// Reads what is there, retrying interrupted calls; 0 at the end.
std::size_t readSome(int fd, std::uint8_t* buffer, const fs::path& path)
{
    for (;;) {
        const ssize_t got = ::read(fd, buffer, kBufferSize);
        if (got >= 0) {
            return static_cast<std::size_t>(got);
        }
        if (errno != EINTR) {
            throw readFailure("read", path, errno);
        }
    }
}

void writeAll(int fd, const std::uint8_t* data, std::size_t size, const fs::path& path)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw writeFailure("write", path, errno);
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
}

// One buffer per thread, made once: many small files are copied as quickly as a few large ones.
std::uint8_t* copyBuffer()
{
    thread_local std::vector<std::uint8_t> buffer(kBufferSize);
    return buffer.data();
}

// Creates an owner-only file that did not exist, next to `target`.
std::pair<fs::path, int> createTemporary(const fs::path& target)
{
    std::random_device random;
    std::uniform_int_distribution<std::uint64_t> digits;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path temporary = folderOf(target) / rescueTemporaryName(target.filename().string(), digits(random));
        const int fd =
            ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd >= 0) {
            // The mode given to open() is narrowed by the umask; this makes it exactly owner read and write.
            if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
                const int error = errno;
                ::close(fd);
                ::unlink(temporary.c_str());
                throw writeFailure("set the permissions of", temporary, error);
            }
            return {temporary, fd};
        }
        if (errno != EEXIST) {
            throw writeFailure("create a file in", folderOf(target), errno);
        }
    }
    throw RescueFileError(Reason::Failed, "cannot find a free temporary name in " + folderOf(target).string());
}

// Asks the kernel to start writing out what is in its cache, without waiting.
void startWriteback(int fd, std::uint64_t from, std::uint64_t length)
{
#if defined(SYNC_FILE_RANGE_WRITE)
    static_cast<void>(
        ::sync_file_range(fd, static_cast<off_t>(from), static_cast<off_t>(length), SYNC_FILE_RANGE_WRITE));
#else
    static_cast<void>(fd);
    static_cast<void>(from);
    static_cast<void>(length);
#endif
}

// Flushes, closes and renames a finished temporary file onto its target; the descriptor is closed either way.
void finish(Descriptor& file, const fs::path& temporary, const fs::path& target,
            const std::optional<fs::file_time_type>& modified)
{
    if (::fsync(file.get()) != 0) {
        throw writeFailure("flush", temporary, errno);
    }
    if (file.close() != 0) {
        throw writeFailure("write", temporary, errno);
    }
    if (modified) {
        // The copy keeps the date of the original: "the backup of 12 March" stays recognisable.
        std::error_code ignored;
        fs::last_write_time(temporary, *modified, ignored);
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        throw writeFailure("rename a finished copy to", target, errno);
    }
}

} // namespace

HashedFile hashFile(const fs::path& path)
{
    const Descriptor source = openRegularSource(path);
    return hashPieces(
        copyBuffer(), [&](std::uint8_t* buffer) { return readSome(source.get(), buffer, path); },
        [](const std::uint8_t*, std::size_t, std::uint64_t) {});
}

HashedFile copyHashed(const fs::path& source, const fs::path& target, const CopyProgress& progress)
{
    const Descriptor input = openRegularSource(source);
    std::error_code timeError;
    const auto time = fs::last_write_time(source, timeError);
    const std::optional<fs::file_time_type> modified =
        timeError ? std::nullopt : std::optional<fs::file_time_type>(time);
    // Named, not bound (auto [...]): the lambdas below capture it.
    const auto created = createTemporary(target);
    const fs::path& temporary = created.first;
    Descriptor output(created.second);
    try {
        std::uint64_t flushedUpTo = 0;
        const HashedFile result = hashPieces(
            copyBuffer(), [&](std::uint8_t* buffer) { return readSome(input.get(), buffer, source); },
            [&](const std::uint8_t* buffer, std::size_t got, std::uint64_t total) {
                writeAll(output.get(), buffer, got, temporary);
                if (total - flushedUpTo >= kWritebackStep) {
                    startWriteback(output.get(), flushedUpTo, total - flushedUpTo);
                    flushedUpTo = total;
                }
                if (progress) {
                    progress(total);
                }
            });
        finish(output, temporary, target, modified);
        return result;
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
}

void writeBundleFile(const fs::path& target, std::string_view contents)
{
    auto [temporary, fd] = createTemporary(target);
    Descriptor output(fd);
    try {
        writeAll(output.get(), reinterpret_cast<const std::uint8_t*>(contents.data()), contents.size(), temporary);
        finish(output, temporary, target, std::nullopt);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
}

void createPrivateFolders(const fs::path& folder)
{
    if (folder.empty()) {
        return;
    }
    struct stat info
    {};
    if (::stat(folder.c_str(), &info) == 0) {
        if (!S_ISDIR(info.st_mode)) {
            throw RescueFileError(Reason::Failed, "cannot use " + folder.string() + ": it is not a folder");
        }
        return;
    }
    if (folder.has_parent_path() && folder.parent_path() != folder) {
        createPrivateFolders(folder.parent_path());
    }
    if (::mkdir(folder.c_str(), S_IRWXU) != 0 && errno != EEXIST) {
        throw writeFailure("create the folder", folder, errno);
    }
}

void flushFolder(const fs::path& folder)
{
    const Descriptor descriptor(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (descriptor.get() >= 0) {
        static_cast<void>(::fsync(descriptor.get()));
    }
}

std::uint64_t freeSpace(const fs::path& folder)
{
    struct statvfs info
    {};
    if (::statvfs(folder.c_str(), &info) != 0) {
        throw writeFailure("measure the free space of", folder, errno);
    }
    return static_cast<std::uint64_t>(info.f_bavail) * static_cast<std::uint64_t>(info.f_frsize);
}

fs::path systemRoot()
{
    return "/";
}

} // namespace offramp::platform
