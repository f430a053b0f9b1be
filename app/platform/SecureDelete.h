// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_SECUREDELETE_H
#define OFFRAMP_PLATFORM_SECUREDELETE_H

#include "engine/utils/Error.h"

#include <filesystem>
#include <string>

namespace offramp::platform {

// A file could not be deleted securely. what() is one line saying what and where.
class SecureDeleteError : public Error
{
public:
    enum class Reason
    {
        Missing,  // there is nothing under that name (already deleted, or moved)
        NotAFile, // a folder, a symbolic link, a device, or a file with other names (hard links): left alone
        Failed,   // permission denied, a write or flush failed, ...; the file may already be overwritten
    };
    SecureDeleteError(Reason reason, const std::string& message, std::string subject = {})
        : Error(kindOf(reason), message, std::move(subject))
        , m_reason(reason)
    {}
    Reason reason() const { return m_reason; }
    static ErrorKind kindOf(Reason reason)
    {
        switch (reason) {
        case Reason::Missing:
            return ErrorKind::NotFound;
        case Reason::NotAFile:
            return ErrorKind::NotAFile;
        case Reason::Failed:
            return ErrorKind::Failed;
        }
        return ErrorKind::Failed;
    }

private:
    Reason m_reason;
};

// For the plaintext password files once the user has confirmed the import elsewhere: overwrites the file's
// contents with zeros, flushes them to the disk, then removes the file and flushes its folder. Only a regular
// file with a single name is touched. A symbolic link is never followed, and a file with other hard links is
// refused, since overwriting it would change what those other names show. The file removed is the one that
// was overwritten: if the name was given to another file meanwhile, nothing is removed.
//
// What it cannot promise: on solid-state drives, copy-on-write or journaling file systems, and in backups or
// snapshots, copies of the old contents may survive an overwrite; it removes what an ordinary "undelete" finds.
//
// Throws SecureDeleteError; on failure the file is still there (its contents possibly already zeroed).
void secureDelete(const std::filesystem::path& file);

} // namespace offramp::platform

#endif
