// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_PRIVILEGE_H
#define OFFRAMP_PLATFORM_WINDOWS_PRIVILEGE_H

#include "platform/windows/Handle.h"
#include "platform/windows/Win32.h"

namespace offramp::platform::windows {

// Switches on one of this process's privileges (SE_SHUTDOWN_NAME, SE_TAKE_OWNERSHIP_NAME): a privilege the user
// holds is off until asked for. One the user does not hold stays off, and the call that needs it then fails and
// says so.
inline void enablePrivilege(const wchar_t* name)
{
    HANDLE token = nullptr;
    if (::OpenProcessToken(::GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token) == 0) {
        return;
    }
    const Handle owned(token);
    TOKEN_PRIVILEGES privileges{};
    privileges.PrivilegeCount = 1;
    privileges.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    if (::LookupPrivilegeValueW(nullptr, name, &privileges.Privileges[0].Luid) != 0) {
        ::AdjustTokenPrivileges(owned.get(), FALSE, &privileges, 0, nullptr, nullptr);
    }
}

} // namespace offramp::platform::windows

#endif
