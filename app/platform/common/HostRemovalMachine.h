// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_HOSTREMOVALMACHINE_H
#define OFFRAMP_PLATFORM_HOSTREMOVALMACHINE_H

#include "platform/RemovalMachineFactory.h"

namespace offramp::platform {

// The Windows removal machine, which only a Windows build has; elsewhere this throws ProbeError.
std::unique_ptr<RemovalMachine> makeWindowsRemovalMachine(const Catalog& catalog, const RemovalOptions& options);

} // namespace offramp::platform

#endif
