// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProbeFactory.h"
#include "platform/windows/WindowsProbe.h"

namespace offramp::platform {

// On Windows the running system is read through its registry and service manager, not as a tree.
std::unique_ptr<MachineProbe> makeHostProbe()
{
    return std::make_unique<windows::WindowsProbe>();
}

} // namespace offramp::platform
