// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_RESTART_H
#define OFFRAMP_PLATFORM_RESTART_H

#include "engine/utils/Result.h"

namespace offramp::platform {

// Asks the system to restart the computer now, as the person chose to. Succeeds when the request was accepted;
// otherwise the error (kind Failed) says in one line why not and what to do instead.
Result<void> restartComputer();

} // namespace offramp::platform

#endif
