// SPDX-License-Identifier: GPL-3.0-or-later
#include "Restart.h"

#include "Win32.h"

namespace offramp::platform {

std::string restartComputer()
{
    // Restarting needs the shutdown privilege, which every interactive user has but must switch on first.
    HANDLE token = nullptr;
    if (::OpenProcessToken(::GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token) != 0) {
        TOKEN_PRIVILEGES privileges{};
        privileges.PrivilegeCount = 1;
        privileges.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
        if (::LookupPrivilegeValueW(nullptr, L"SeShutdownPrivilege", &privileges.Privileges[0].Luid) != 0) {
            ::AdjustTokenPrivileges(token, FALSE, &privileges, 0, nullptr, nullptr);
        }
        ::CloseHandle(token);
    }
    if (::ExitWindowsEx(EWX_REBOOT, SHTDN_REASON_MAJOR_APPLICATION | SHTDN_REASON_FLAG_PLANNED) != 0) {
        return {};
    }
    return "Windows did not accept the restart; restart the computer from the Start menu";
}

} // namespace offramp::platform
