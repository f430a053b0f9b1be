// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_CLIERROR_H
#define OFFRAMP_CLI_CLIERROR_H

#include "engine/utils/Error.h"

#include <string>

namespace offramp::cli {

// The exit codes other tools depend on (docs/CLI.md).
enum ExitCode : int
{
    ExitClean = 0,           // scan: nothing banned is installed; other commands: done
    ExitBannedInstalled = 1, // scan: a banned product is installed
    ExitUsage = 2,           // the command line is wrong
    ExitBadInput = 3,        // a damaged database or file, an unknown jurisdiction, an unreadable root
    ExitFailed = 4,          // remove, resume: a step failed, or something must be removed by hand; remove: an
                             // unfinished journal (run resume)
    ExitRestartNeeded = 5,   // remove, resume: done, but a restart is needed to finish
};

// Ends the command: the message goes to stderr as one line, the code is the exit code.
class CliError : public Error
{
public:
    CliError(ExitCode code, const std::string& message)
        : Error(code == ExitUsage ? ErrorKind::InvalidInput : ErrorKind::Failed, message)
        , m_code(code)
    {}
    ExitCode code() const { return m_code; }

private:
    ExitCode m_code;
};

} // namespace offramp::cli

#endif
