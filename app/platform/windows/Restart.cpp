// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Restart.h"

#include "platform/windows/Privilege.h"
#include "platform/windows/Win32.h"

namespace offramp::platform {

Result<void> restartComputer()
{
    // Restarting needs the shutdown privilege, which every interactive user has but must switch on first.
    windows::enablePrivilege(SE_SHUTDOWN_NAME);
    if (::ExitWindowsEx(EWX_REBOOT, SHTDN_REASON_MAJOR_APPLICATION | SHTDN_REASON_FLAG_PLANNED) != 0) {
        return {};
    }
    return Error(ErrorKind::Failed, "Windows did not accept the restart; restart the computer from the Start menu");
}

} // namespace offramp::platform
