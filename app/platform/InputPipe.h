// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_INPUTPIPE_H
#define OFFRAMP_PLATFORM_INPUTPIPE_H

#include <string>
#include <string_view>

// The program's side of runElevated's input on Windows (Elevation.h): a program started through UAC has no
// standard input, so the starter serves the secret on a named pipe and names it with "--input-pipe NAME".
namespace offramp::platform {

// Names runElevated makes: "offramp-input-" followed by letters, digits and '-'; nothing else is opened.
// Throws an offramp::Error (InvalidInput, the name as its subject) with a sentence for any other name.
void checkInputPipeName(std::string_view name);

// Reads all that the pipe holds (at most kMaxProcessInput bytes) until the starter closes it. Throws an
// offramp::Error with a sentence when the name is not one of runElevated's (InvalidInput), the pipe is not there
// or cannot be read (the system error's kind), stays busy (Busy), holds more (InvalidInput), or this system has no
// such pipes (Unsupported: anything but Windows).
std::string readInputPipe(const std::string& name);

} // namespace offramp::platform

#endif
