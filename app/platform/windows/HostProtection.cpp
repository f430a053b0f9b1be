// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProtectionStatus.h"
#include "platform/windows/SecurityCenter.h"

namespace offramp::platform {

ProtectionReport readProtectionStatus()
{
    return windows::readSecurityCenter();
}

} // namespace offramp::platform
