// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_PROCESSRUNNER_H
#define OFFRAMP_PLATFORM_PROCESSRUNNER_H

#include "engine/RemovalJournal.h"
#include "engine/RemovalRunner.h"
#include "engine/utils/Error.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace offramp::platform {

struct ProcessResult
{
    bool started = false;    // false when the program could not be run at all
    bool timedOut = false;   // killed after the time-out
    int exitCode = -1;       // valid when started and neither timed out nor killed by a signal
    int signal = 0;          // the signal that ended it (POSIX), when it crashed or was killed; 0 otherwise
    std::string output;      // standard output (with an output file: both, as it wrote them)
    std::string errorOutput; // standard error (with an output file: empty)
    std::string failure;     // why it did not start, in one line
    // What kind of failure that was, where the runner tells it (its output file); Failed otherwise.
    ErrorKind failureKind = ErrorKind::Failed;
};

struct ProcessRequest
{
    std::string program; // a path, or a bare name looked up in PATH
    std::vector<std::string> arguments;
    std::map<std::string, std::string> extraEnvironment;
    std::chrono::milliseconds timeout{std::chrono::minutes(2)};
    // What the program reads on its standard input (a password); empty for none. At most kMaxProcessInput
    // bytes, so that all of it waits in the pipe before the program reads.
    std::string input;
    // Told right after the program has started, with its identity (process id and start time), where the system
    // can tell it: the removal records it in its journal before waiting for the program.
    std::function<void(const StepProcess&)> onStarted;
    // Where its standard output and error go instead of pipes: a file created new for it (owner-only, through
    // writeNewPrivateFile) that this call follows while it runs. The file outlives this process, so a program
    // still at work when Offramp is killed writes on rather than dying of SIGPIPE. Empty: pipes.
    std::filesystem::path outputFile;
};

inline constexpr std::size_t kMaxProcessInput = 4096;

// "signal 11, Segmentation fault": how a program that crashed or was killed ended (ProcessResult::signal). Only
// POSIX systems end a program by a signal; Windows' crashes end with an exit code.
std::string describeSignal(int signal);

// Runs a program from an argument vector, never through a shell, and collects what it prints.
ProcessResult runProcess(const ProcessRequest& request);

// Whether the process a record names still runs: the same process id with the same start time (and, on Linux,
// the same boot). Unknown where the system cannot tell (macOS, for now).
ProcessCheck checkProcess(const StepProcess& process);
// Waits until that process has ended (Ended) or `limit` has passed (Running), calling `waited` about once a
// second with the time waited so far. It need not be a child of this process.
ProcessCheck waitForProcess(const StepProcess& process, std::chrono::milliseconds limit,
                            const std::function<void(std::chrono::milliseconds)>& waited);

// Looks a program up in PATH; nullopt when it is not there.
std::optional<std::string> findProgram(const std::string& name);

} // namespace offramp::platform

#endif
