// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtectionStatus.h"
#include "windows/SecurityCenter.h"

namespace offramp::platform {

ProtectionReport readProtectionStatus()
{
    return windows::readSecurityCenter();
}

} // namespace offramp::platform
