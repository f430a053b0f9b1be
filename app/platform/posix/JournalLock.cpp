// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/JournalLock.h"

#include "engine/utils/Error.h"
#include "platform/posix/Descriptor.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <system_error>

namespace offramp::platform {

struct JournalLock::Handle
{
    Descriptor fd;
};

JournalLock::JournalLock(const std::filesystem::path& journal)
    : m_handle(std::make_unique<Handle>())
{
    const std::filesystem::path path = lockFileFor(journal);
    // Close-on-exec: a package manager started under the lock must not keep it after we are gone.
    m_handle->fd = Descriptor(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644));
    if (m_handle->fd.get() < 0) {
        const int error = errno;
        throw Error(errorKindOf(std::error_code(error, std::generic_category())),
                    "cannot create the lock file " + path.string() + ": " + std::strerror(error), path.string());
    }
    while (::flock(m_handle->fd.get(), LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR) {
            continue;
        }
        if (errno == EWOULDBLOCK) {
            throw JournalBusy("another removal is using the journal " + journal.string(), ErrorKind::Busy,
                              journal.string());
        }
        const int error = errno;
        throw Error(errorKindOf(std::error_code(error, std::generic_category())),
                    "cannot lock " + path.string() + ": " + std::strerror(error), path.string());
    }
}

JournalLock::~JournalLock() = default;

bool journalLockHeld(const std::filesystem::path& journal)
{
    std::filesystem::path path = journal;
    path += ".lock";
    // Read-only: the lock file of a removal run with administrator rights is theirs, and flock needs no more.
    const Descriptor descriptor(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (descriptor.get() < 0) {
        return false;
    }
    int result = 0;
    do {
        result = ::flock(descriptor.get(), LOCK_EX | LOCK_NB);
    } while (result != 0 && errno == EINTR);
    // Taken, it is let go when the descriptor closes.
    return result != 0 && errno == EWOULDBLOCK;
}

} // namespace offramp::platform
