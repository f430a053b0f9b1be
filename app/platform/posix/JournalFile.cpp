// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/JournalFile.h"

#include "engine/utils/Error.h"
#include "engine/utils/FolderOf.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace offramp::platform {

namespace {

Error failure(const std::filesystem::path& path, const std::string& what, int error)
{
    return {errorKindOf(std::error_code(error, std::generic_category())),
            "cannot write " + path.string() + ": " + what + ": " + std::strerror(error), path.string()};
}

void writeAll(int fd, const std::string& contents, const std::filesystem::path& path)
{
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t count = ::write(fd, contents.data() + written, contents.size() - written);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count <= 0) {
            throw failure(path, "writing", count < 0 ? errno : ENOSPC);
        }
        written += static_cast<std::size_t>(count);
    }
}

} // namespace

void replaceFileAtomically(const std::filesystem::path& path, const std::string& contents)
{
    const std::filesystem::path folder = utils::folderOf(path);
    std::error_code ignored;
    std::filesystem::create_directories(folder, ignored);
    std::random_device random;
    const std::filesystem::path temporary =
        folder / ("." + path.filename().string() + ".offramp-tmp-" + std::to_string(random()));
    // Readable by everyone: the journal holds no secrets, and the wizard reads what the elevated side wrote.
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
        throw failure(temporary, "creating a temporary file", errno);
    }
    try {
        writeAll(fd, contents, temporary);
        if (::fsync(fd) != 0) {
            throw failure(temporary, "flushing to the disk", errno);
        }
    } catch (...) {
        ::close(fd);
        ::unlink(temporary.c_str());
        throw;
    }
    ::close(fd);
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        throw failure(path, "renaming the new version into place", error);
    }
    // The rename itself lives in the folder: flush it so that it survives a power cut.
    const int folderFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd >= 0) {
        ::fsync(folderFd);
        ::close(folderFd);
    }
}

std::filesystem::path defaultJournalPath()
{
    if (::geteuid() == 0) {
        return "/var/lib/offramp/removal-journal.json";
    }
    const char* state = std::getenv("XDG_STATE_HOME");
    if (state != nullptr && *state == '/') {
        return std::filesystem::path(state) / "offramp/removal-journal.json";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home != nullptr ? home : "/tmp") / ".local/state/offramp/removal-journal.json";
}

} // namespace offramp::platform
