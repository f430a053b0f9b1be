// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_ELEVATION_H
#define OFFRAMP_PLATFORM_ELEVATION_H

#include <chrono>
#include <string>
#include <vector>

// Privilege separation: the wizard runs as the user, and only the removal runs with administrator rights,
// in offramp-cli started through the system's own prompt (pkexec with Offramp's polkit policy on Linux,
// the UAC prompt on Windows).
namespace offramp::platform {

struct ElevatedRequest
{
    std::string program; // absolute path of offramp-cli; polkit matches it against the policy's exec.path
    std::vector<std::string> arguments;
    // A secret the program reads as its standard input (an uninstall password), never on a command line or in a
    // file; empty for none. Windows cannot give a program started through UAC a standard input: there the
    // program is given "--input-pipe NAME" after its arguments and reads the secret from that named pipe,
    // which answers only the process started here, once (offramp-cli does; see InputPipe.h).
    std::string input;
};

struct ElevatedResult
{
    bool started = false;   // the program ran with administrator rights
    bool cancelled = false; // the person dismissed the password prompt (pkexec 126, ERROR_CANCELLED)
    int exitCode = -1;      // the program's own exit code, when it started and finished
    std::string failure;    // why it did not start or finish, in one line that says what to do; else empty
    // What the program wrote on its standard error, where the system passes it on (pkexec does; a program
    // started through UAC has none): English, for a technician.
    std::string errorOutput;
};

// How long runElevated waits: the removal itself may take many minutes.
inline constexpr std::chrono::hours kElevatedTimeout{2};

// Runs the program with administrator rights and waits for it, never through a shell. Never throws.
ElevatedResult runElevated(const ElevatedRequest& request);

// Whether this process already has administrator rights (root; an elevated token on Windows).
bool runningElevated();

} // namespace offramp::platform

#endif
