// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/posix/HostSystem.h"

#include "platform/common/ProcessRunner.h"

#include <array>
#include <cerrno>
#include <crt_externs.h>
#include <cstdio>
#include <fcntl.h>
#include <libproc.h>
#include <sys/proc.h>
#include <sys/sysctl.h>
#include <unistd.h>

namespace offramp::platform {

namespace {

enum class Lookup
{
    Found,
    NoSuchProcess,
    CannotTell,
};

// What the kernel says of a process (libproc's PROC_PIDTBSDINFO): its status and when it started.
Lookup lookUp(long long pid, proc_bsdinfo& info)
{
    if (pid <= 0) {
        return Lookup::NoSuchProcess;
    }
    errno = 0;
    const int size = ::proc_pidinfo(static_cast<int>(pid), PROC_PIDTBSDINFO, 0, &info, sizeof(info));
    if (size == static_cast<int>(sizeof(info))) {
        return Lookup::Found;
    }
    return errno == ESRCH ? Lookup::NoSuchProcess : Lookup::CannotTell;
}

// Microseconds since 1970: the start time the journal records on macOS.
long long startOf(const proc_bsdinfo& info)
{
    return static_cast<long long>(info.pbi_start_tvsec) * 1000000 + static_cast<long long>(info.pbi_start_tvusec);
}

} // namespace

namespace posix {

// This boot's id (the kernel's boot session UUID); empty when it cannot be read.
std::string bootId()
{
    std::array<char, 64> text{};
    std::size_t size = text.size() - 1;
    if (::sysctlbyname("kern.bootsessionuuid", text.data(), &size, nullptr, 0) != 0) {
        return {};
    }
    return std::string(text.data());
}

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
    proc_bsdinfo info{};
    const std::string boot = bootId();
    if (lookUp(pid, info) != Lookup::Found || boot.empty()) {
        return std::nullopt;
    }
    const auto slash = program.rfind('/');
    return StepProcess{pid, startOf(info), boot, slash == std::string::npos ? program : program.substr(slash + 1)};
}

int renameWithoutReplacing(const char* from, const char* to)
{
    return ::renamex_np(from, to, RENAME_EXCL);
}

ProcessCheck checkProcessThisBoot(const StepProcess& process)
{
    proc_bsdinfo info{};
    switch (lookUp(process.pid, info)) {
    case Lookup::NoSuchProcess:
        return ProcessCheck::Ended;
    case Lookup::CannotTell:
        return ProcessCheck::Unknown;
    case Lookup::Found:
        break;
    }
    if (startOf(info) != process.startTime) {
        return ProcessCheck::Ended; // the id belongs to another program now
    }
    // A zombie has ended; only its parent's wait is missing.
    return info.pbi_status == SZOMB ? ProcessCheck::Ended : ProcessCheck::Running;
}

} // namespace posix

} // namespace offramp::platform
