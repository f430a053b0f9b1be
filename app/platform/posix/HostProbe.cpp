// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProbeFactory.h"

namespace offramp::platform {

// On Linux and macOS the running system is the tree under "/".
std::unique_ptr<MachineProbe> makeHostProbe()
{
    return makeTreeProbe(hostPlatform(), "/");
}

} // namespace offramp::platform
