// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_POSIX_HOSTSYSTEM_H
#define OFFRAMP_PLATFORM_POSIX_HOSTSYSTEM_H

#include "engine/RemovalJournal.h"
#include "engine/RemovalRunner.h"

#include <array>
#include <optional>
#include <string>
#include <sys/types.h>

// What Linux and macOS do differently below the POSIX calls the rest of posix/ shares: one file per system
// (posix/linux/HostSystem.cpp, posix/macos/HostSystem.cpp), chosen by CMake. The process check of common/
// ProcessRunner.h (checkProcess, in posix/ProcessRunner.cpp) asks here after it has compared the boots.
namespace offramp::platform::posix {

// A pipe whose ends are not inherited by other children this process starts meanwhile. False when the system
// refuses one (errno says why).
bool makePipeNotInherited(std::array<int, 2>& ends);

// This process's environment, as a program it starts inherits it.
char** inheritedEnvironment();

// The identity of a process this one has just started (and not yet waited for, so its id is still its own), for
// the journal: nullopt where the system cannot tell it.
std::optional<StepProcess> identifyProcess(pid_t pid, const std::string& program);

// This boot's id, which the journal records with a process (Linux: the kernel's boot_id; macOS: its boot session
// UUID); empty when it cannot be read.
std::string bootId();

// Whether the process a record names, started during this boot, still runs: the same process id with the same start
// time, and not a zombie. Unknown where the system cannot tell.
ProcessCheck checkProcessThisBoot(const StepProcess& process);

// Renames `from` to `to` only if nothing is at `to`, in one step. -1 with errno (EEXIST: something is there; ENOSYS,
// EINVAL or ENOTSUP: the system or file system cannot, and the caller places it another way).
int renameWithoutReplacing(const char* from, const char* to);

} // namespace offramp::platform::posix

#endif
