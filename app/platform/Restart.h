// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_RESTART_H
#define OFFRAMP_PLATFORM_RESTART_H

#include <string>

namespace offramp::platform {

// Asks the system to restart the computer now, as the person chose to. Returns an empty string when the
// request was accepted, otherwise one line saying why not and what to do instead.
std::string restartComputer();

} // namespace offramp::platform

#endif
