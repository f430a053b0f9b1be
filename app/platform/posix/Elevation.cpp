// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Elevation.h"

#include "platform/ProbeFactory.h"
#include "platform/common/ProcessRunner.h"
#include "platform/macos/ElevationAdvice.h"

#include <unistd.h>

namespace offramp::platform {

namespace {

// pkexec's own exit codes (pkexec(1)); anything else is the program's.
constexpr int kPkexecDismissed = 126;
constexpr int kPkexecNotAuthorized = 127;

std::string firstLine(const std::string& text)
{
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) {
        return {};
    }
    const auto end = text.find_first_of("\r\n", start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

} // namespace

ElevatedResult runElevated(const ElevatedRequest& request)
{
    ElevatedResult result;
    if (hostPlatform() == Platform::MacOS) {
        result.failure = macElevationFailure(request);
        return result;
    }
    // pkexec would look a bare name up in root's PATH, and polkit matches the policy by the full path.
    if (request.program.empty() || request.program.front() != '/') {
        result.failure =
            "cannot run \"" + request.program + "\" with administrator rights: its absolute path is needed";
        return result;
    }
    const auto pkexec = findProgram("pkexec");
    if (!pkexec) {
        result.failure = "pkexec is not installed; install the policykit-1 package (pkexec on newer systems) or run "
                         "offramp-cli remove with sudo";
        return result;
    }
    ProcessRequest process;
    process.program = *pkexec;
    process.arguments.push_back(request.program);
    process.arguments.insert(process.arguments.end(), request.arguments.begin(), request.arguments.end());
    process.timeout = kElevatedTimeout;
    process.input = request.input; // pkexec hands its standard input to the program
    const ProcessResult ran = runProcess(process);
    if (!ran.started) {
        result.failure = "cannot start pkexec: " + ran.failure;
        return result;
    }
    if (ran.exitCode == kPkexecDismissed) {
        result.cancelled = true;
        result.failure = "the password prompt was dismissed, so nothing was run; try again when you are ready";
        return result;
    }
    if (ran.exitCode == kPkexecNotAuthorized) {
        const std::string said = firstLine(ran.errorOutput);
        result.failure = "pkexec did not grant administrator rights" + (said.empty() ? "" : " (" + said + ")") +
                         "; sign in as an administrator, or run offramp-cli remove with sudo";
        return result;
    }
    result.started = true;
    result.errorOutput = ran.errorOutput;
    if (ran.timedOut) {
        result.failure = request.program + " did not finish within " + std::to_string(kElevatedTimeout.count()) +
                         " hours; it may still be running, and its journal says how far it got";
    } else if (ran.exitCode < 0) {
        result.failure =
            request.program + " ended without an exit code (it was killed); its journal says how far it got";
    } else {
        result.exitCode = ran.exitCode;
    }
    return result;
}

bool runningElevated()
{
    return ::geteuid() == 0;
}

} // namespace offramp::platform
