// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_MACOS_SCRIPTREMOVALMACHINE_H
#define OFFRAMP_PLATFORM_MACOS_SCRIPTREMOVALMACHINE_H

#include "platform/common/ScanningRemovalMachine.h"

namespace offramp::platform {

// Removes Mac products with Kaspersky's own UninstallScript, from the catalog's path only, run directly
// (never through a shell) and only when only the system administrator could have put it there.
class ScriptRemovalMachine final : public ScanningRemovalMachine
{
public:
    ScriptRemovalMachine(const Catalog& catalog, const RemovalOptions& options);

    StepResult run(const RemovalStep& step) override;
};

} // namespace offramp::platform

#endif
