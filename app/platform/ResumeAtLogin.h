// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_RESUMEATLOGIN_H
#define OFFRAMP_PLATFORM_RESUMEATLOGIN_H

#include "engine/utils/Error.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

// After a restart the removal needs, Offramp opens itself once at the user's next login and resumes:
// an XDG autostart entry on Linux, a LaunchAgent on macOS, the RunOnce key on Windows. The resumed
// wizard removes the entry again (Windows deletes a RunOnce value itself when it runs it).
namespace offramp::platform {

// What to start: an absolute program path and its arguments, e.g.
// {"/usr/bin/offramp", {"--resume", "/var/lib/offramp/removal-journal.json"}}. UTF-8.
struct ResumeEntry
{
    std::string program;
    std::vector<std::string> arguments;

    bool operator==(const ResumeEntry&) const = default;
};

// The entry could not be written or read. what() is one line: what failed, where, and what to do.
class ResumeAtLoginError : public Error
{
public:
    explicit ResumeAtLoginError(const std::string& message, ErrorKind kind = ErrorKind::Failed,
                                std::string subject = {})
        : Error(kind, message, std::move(subject))
    {}
};

// Makes Offramp open once at the user's next login, replacing an entry made before. Returns where it was
// written (a file path, or the registry value's full name). Throws ResumeAtLoginError.
std::string scheduleResumeAtLogin(const ResumeEntry& entry);

// Removes the entry; true if there was one. Never throws because there was none; throws ResumeAtLoginError
// only when an entry is there and cannot be removed.
bool cancelResumeAtLogin();

// The entry that is there now, if any. Throws ResumeAtLoginError when one is there but cannot be read.
std::optional<ResumeEntry> scheduledResumeAtLogin();

} // namespace offramp::platform

#endif
