// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/RemovalMachineFactory.h"

#include "platform/ProbeFactory.h"
#include "platform/common/HostRemovalMachine.h"
#include "platform/linux/PackageRemovalMachine.h"
#include "platform/macos/ScriptRemovalMachine.h"

namespace offramp::platform {

std::unique_ptr<RemovalMachine> makeRemovalMachine(const Catalog& catalog, Platform platform,
                                                   const RemovalOptions& options)
{
    if (!options.root && platform != hostPlatform()) {
        throw ProbeError("a " + std::string(platformDisplayName(platform)) +
                             " computer can only be changed on itself, or as a file tree given with --root",
                         ErrorKind::Unsupported);
    }
    switch (platform) {
    case Platform::Linux:
        return std::make_unique<PackageRemovalMachine>(catalog, options);
    case Platform::MacOS:
        return std::make_unique<ScriptRemovalMachine>(catalog, options);
    case Platform::Windows:
        break;
    }
    return makeWindowsRemovalMachine(catalog, options);
}

} // namespace offramp::platform
