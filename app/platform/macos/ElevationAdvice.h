// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_MACOS_ELEVATIONADVICE_H
#define OFFRAMP_PLATFORM_MACOS_ELEVATIONADVICE_H

#include "Elevation.h"

#include <string>
#include <string_view>

namespace offramp::platform {

// A word quoted for a POSIX shell, for a person to paste into Terminal (nothing here runs a shell).
std::string shellQuotedForDisplay(std::string_view word);

// macOS grants administrator rights to another program only through a signed privileged helper, which
// Offramp does not ship; the failure of runElevated there tells the person what to run in Terminal instead.
std::string macElevationFailure(const ElevatedRequest& request);

} // namespace offramp::platform

#endif
