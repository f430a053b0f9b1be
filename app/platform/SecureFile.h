// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_SECUREFILE_H
#define OFFRAMP_PLATFORM_SECUREFILE_H

#include "engine/utils/Error.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace offramp::platform {

// A new file could not be written. what() is one line saying what and where.
class SecureFileError : public Error
{
public:
    enum class Reason
    {
        AlreadyExists, // a file (or anything else) already has the name: nothing was written
        Failed,        // the folder is missing, the disk is full, permission denied, ...
    };
    SecureFileError(Reason reason, const std::string& message, std::string subject = {})
        : Error(kindOf(reason), message, std::move(subject))
        , m_reason(reason)
    {}
    Reason reason() const { return m_reason; }
    static ErrorKind kindOf(Reason reason)
    {
        switch (reason) {
        case Reason::AlreadyExists:
            return ErrorKind::AlreadyExists;
        case Reason::Failed:
            return ErrorKind::Failed;
        }
        return ErrorKind::Failed;
    }

private:
    Reason m_reason;
};

struct NewFile
{
    std::filesystem::path path;
    std::string contents;
};

// Writes files that hold secrets, all or none, never replacing anything. Each file is first written to a
// temporary name in its own folder (".NAME.offramp-tmp-RANDOM", created exclusively and owner-only),
// flushed to the disk, then given its name by an operation that fails if the name exists; the folder is
// flushed too, so the file survives a power cut once this returns. The result is readable and writable by
// its owner only (0600 on POSIX). Throws SecureFileError; temporary files, and files this call already put
// in place, are removed again on every failure.
void writeNewPrivateFiles(const std::vector<NewFile>& files);
void writeNewPrivateFile(const std::filesystem::path& path, std::string_view contents);

} // namespace offramp::platform

#endif
