// SPDX-License-Identifier: GPL-3.0-or-later
#include "posix/HostSystem.h"

#include "common/ProcessRunner.h"

#include <cerrno>
#include <crt_externs.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

namespace offramp::platform {

namespace posix {

bool makePipeNotInherited(std::array<int, 2>& ends)
{
    // No pipe2 here: the ends are marked at once, and Offramp starts its programs from one thread.
    if (::pipe(ends.data()) != 0) {
        return false;
    }
    ::fcntl(ends[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(ends[1], F_SETFD, FD_CLOEXEC);
    return true;
}

char** inheritedEnvironment()
{
    return *::_NSGetEnviron(); // a shared library cannot see `environ` here
}

std::optional<StepProcess> identifyProcess(pid_t pid, const std::string& program)
{
    // Not told on this system yet: a later run cannot tell whether it still runs, and checks the step as usual.
    static_cast<void>(pid);
    static_cast<void>(program);
    return std::nullopt;
}

int renameWithoutReplacing(const char* from, const char* to)
{
    return ::renamex_np(from, to, RENAME_EXCL);
}

} // namespace posix

ProcessCheck checkProcess(const StepProcess& process)
{
    static_cast<void>(process);
    return ProcessCheck::Unknown;
}

} // namespace offramp::platform
