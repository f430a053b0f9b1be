// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/macos/ElevationAdvice.h"

#include "platform/ShellQuote.h"

namespace offramp::platform {

std::string macElevationFailure(const ElevatedRequest& request)
{
    std::string command = "sudo " + posixQuotedForDisplay(request.program);
    for (const auto& argument : request.arguments) {
        command += ' ';
        command += posixQuotedForDisplay(argument);
    }
    return "Offramp cannot ask for administrator rights on macOS; open Terminal, run " + command +
           " and type your password when asked";
}

} // namespace offramp::platform
