// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/HostRemovalMachine.h"

#include "engine/MachineProbe.h"

namespace offramp::platform {

std::unique_ptr<RemovalMachine> makeWindowsRemovalMachine(const Catalog& /*catalog*/, const RemovalOptions& /*options*/)
{
    throw ProbeError("a Windows computer is changed through its registry and uninstallers: run offramp-cli.exe on "
                     "Windows",
                     ErrorKind::Unsupported);
}

} // namespace offramp::platform
