// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_JOURNALLOCK_H
#define OFFRAMP_PLATFORM_JOURNALLOCK_H

#include "engine/utils/Error.h"

#include <filesystem>
#include <memory>
#include <string>
#include <utility>

namespace offramp::platform {

// Another process is working with the same journal.
class JournalBusy : public Error
{
public:
    explicit JournalBusy(const std::string& message, ErrorKind kind = ErrorKind::Busy, std::string subject = {})
        : Error(kind, message, std::move(subject))
    {}
};

// Keeps two removals from driving the same journal at once (a retry from the wizard while a technician
// resumes in a terminal): both would run the package manager and overwrite each other's record. The lock
// is the operating system's on "<journal>.lock" (flock, or a file opened without sharing), so it ends with
// the process that holds it, even after kill -9 or a power cut, and never has to be cleaned up by hand.
class JournalLock
{
public:
    // Throws JournalBusy when another removal holds the lock, Error when the lock file cannot
    // be created (one line saying where and why).
    explicit JournalLock(const std::filesystem::path& journal);
    ~JournalLock();
    JournalLock(const JournalLock&) = delete;
    JournalLock& operator=(const JournalLock&) = delete;

private:
    // "<journal>.lock", with its folder made if it is missing.
    static std::filesystem::path lockFileFor(const std::filesystem::path& journal);

    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

// Whether another process holds the lock of `journal` now, as far as this process can tell: false when there is no
// lock file or it cannot be opened. Makes and changes nothing, so that a program without administrator rights (the
// wizard, before it starts a removal) may ask about a journal that offramp-cli writes with them.
bool journalLockHeld(const std::filesystem::path& journal);

} // namespace offramp::platform

#endif
