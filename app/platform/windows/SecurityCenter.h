// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_SECURITYCENTER_H
#define OFFRAMP_PLATFORM_WINDOWS_SECURITYCENTER_H

#include "platform/ProtectionStatus.h"

namespace offramp::platform::windows {

using SecurityCenterProduct = ProtectionProduct;
using SecurityCenterReport = ProtectionReport;

// Asks Security Center (WMI namespace ROOT\SecurityCenter2, class AntiVirusProduct) through COM.
SecurityCenterReport readSecurityCenter();

} // namespace offramp::platform::windows

#endif
