// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_SHELLQUOTE_H
#define OFFRAMP_PLATFORM_SHELLQUOTE_H

#include <string>
#include <string_view>

namespace offramp::platform {

// Words of a command that a message tells a person to run, quoted so that pasting it gives the program the same
// words (nothing here runs a shell). A word with nothing special in it stays as it is.

// For a POSIX shell (a terminal on Linux or macOS): in single quotes.
std::string posixQuotedForDisplay(std::string_view word);
// For the system Offramp runs on: on Windows, in double quotes as programs split their command line
// (quoteWindowsArgument).
std::string quotedForDisplay(std::string_view word);

} // namespace offramp::platform

#endif
