// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_MACOS_ELEVATIONADVICE_H
#define OFFRAMP_PLATFORM_MACOS_ELEVATIONADVICE_H

#include "platform/Elevation.h"

#include <string>

namespace offramp::platform {

// macOS grants administrator rights to another program only through a signed privileged helper, which
// Offramp does not ship; the failure of runElevated there tells the person what to run in Terminal instead.
std::string macElevationFailure(const ElevatedRequest& request);

} // namespace offramp::platform

#endif
