// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_ELEVATIONREFUSAL_H
#define OFFRAMP_PLATFORM_WINDOWS_ELEVATIONREFUSAL_H

#include "platform/Elevation.h"
#include "platform/windows/Win32.h"

#include <string>

namespace offramp::platform::windows {

// What runElevated reports when ShellExecuteEx "runas" did not start the program: ERROR_CANCELLED is the
// person's No at the UAC prompt (nothing ran, nothing is lost); anything else is a failure to start.
ElevatedResult notElevated(DWORD error, const std::string& program);

} // namespace offramp::platform::windows

#endif
