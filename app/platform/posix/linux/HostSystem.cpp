// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/posix/HostSystem.h"

#include "platform/common/ProcessRunner.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace offramp::platform {

namespace {

struct ProcStat
{
    char state = '?';
    long long startTime = 0; // clock ticks since boot
};

// What /proc/PID/stat says of a process; nullopt when there is none.
std::optional<ProcStat> procStat(long long pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    if (pid <= 0 || !std::getline(file, text)) {
        return std::nullopt;
    }
    // "pid (name) state ppid ...": the name may hold spaces and parentheses, so the fields start after the last ')'.
    const auto close = text.rfind(')');
    if (close == std::string::npos) {
        return std::nullopt;
    }
    std::istringstream fields(text.substr(close + 1));
    ProcStat stat;
    fields >> stat.state;
    // Fields 4 to 21, then 22: the start time.
    std::string skipped;
    for (int field = 4; field <= 21 && fields; ++field) {
        fields >> skipped;
    }
    fields >> stat.startTime;
    if (!fields) {
        return std::nullopt;
    }
    return stat;
}

} // namespace

namespace posix {

// This boot's id; empty when it cannot be read.
std::string bootId()
{
    std::ifstream file("/proc/sys/kernel/random/boot_id");
    std::string id;
    std::getline(file, id);
    return id;
}

bool makePipeNotInherited(std::array<int, 2>& ends)
{
    return ::pipe2(ends.data(), O_CLOEXEC) == 0;
}

char** inheritedEnvironment()
{
    return environ;
}

std::optional<StepProcess> identifyProcess(pid_t pid, const std::string& program)
{
    const auto stat = procStat(pid);
    const std::string boot = bootId();
    if (!stat || boot.empty()) {
        return std::nullopt;
    }
    const auto slash = program.rfind('/');
    return StepProcess{pid, stat->startTime, boot, slash == std::string::npos ? program : program.substr(slash + 1)};
}

int renameWithoutReplacing(const char* from, const char* to)
{
    return ::renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
}

ProcessCheck checkProcessThisBoot(const StepProcess& process)
{
    const auto stat = procStat(process.pid);
    if (!stat || stat->startTime != process.startTime) {
        return ProcessCheck::Ended; // gone, or the id belongs to another program now
    }
    // A zombie has ended; only its parent's wait is missing.
    return stat->state == 'Z' || stat->state == 'X' ? ProcessCheck::Ended : ProcessCheck::Running;
}

} // namespace posix

} // namespace offramp::platform
