// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProtectionStatus.h"

namespace offramp::platform {

// Linux and macOS keep no registry of the antivirus products that protect them.
ProtectionReport readProtectionStatus()
{
    return {false, "this system keeps no list of the antivirus products protecting it", {}};
}

} // namespace offramp::platform
