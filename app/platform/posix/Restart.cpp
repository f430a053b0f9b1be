// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Restart.h"

#include "platform/common/ProcessRunner.h"

namespace offramp::platform {

Result<void> restartComputer()
{
    // systemd lets the person at the console restart without a password (logind's policy).
    ProcessRequest request;
    request.program = "systemctl";
    request.arguments = {"reboot"};
    request.timeout = std::chrono::seconds(30);
    const ProcessResult result = runProcess(request);
    if (result.started && !result.timedOut && result.exitCode == 0) {
        return {};
    }
    return Error(ErrorKind::Failed, "the computer could not be restarted from here; restart it from the system menu");
}

} // namespace offramp::platform
