// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_LINUX_PACKAGEREMOVALMACHINE_H
#define OFFRAMP_PLATFORM_LINUX_PACKAGEREMOVALMACHINE_H

#include "platform/common/ScanningRemovalMachine.h"

namespace offramp::platform {

// Removes Linux packages through the package manager that holds them: dpkg --purge or rpm -e, as argument
// vectors, non-interactive, each run bounded by the time-out. Running the same removal again completes one
// that a killed dpkg left half-done.
class PackageRemovalMachine final : public ScanningRemovalMachine
{
public:
    PackageRemovalMachine(const Catalog& catalog, const RemovalOptions& options);

    StepResult run(const RemovalStep& step) override;

private:
    StepResult runDpkg(const RemovalStep& step) const;
    StepResult runRpm(const RemovalStep& step) const;
    StepResult runPackageManager(const std::string& tool, std::vector<std::string> arguments,
                                 const RemovalStep& step) const;
};

} // namespace offramp::platform

#endif
