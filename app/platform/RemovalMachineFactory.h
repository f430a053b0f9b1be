// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_REMOVALMACHINEFACTORY_H
#define OFFRAMP_PLATFORM_REMOVALMACHINEFACTORY_H

#include "engine/Catalog.h"
#include "engine/RemovalRunner.h"
#include "engine/UninstallCommand.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace offramp::platform {

struct RemovalOptions
{
    // A Linux or macOS file tree to work on as if it were "/" (the package manager's --root); none: this computer.
    std::optional<std::filesystem::path> root;
    // How long one uninstaller or package manager run may take before it is stopped.
    std::chrono::milliseconds timeout{std::chrono::minutes(30)};
    // Windows: how long to wait before trying an uninstaller again that found another installation running
    // (msiexec's 1618).
    std::chrono::milliseconds retryWait{std::chrono::seconds(30)};
    UninstallCredentials credentials; // never logged, printed or kept
    // Windows: one more uninstaller file name to allow; it must still lie in an allowed folder.
    std::vector<std::string> extraAllowedPrograms;
    // Linux and macOS: each run of a package manager or uninstall script writes its output to a new file
    // "<outputLogs>.<target>.<n>.log" (the journal's path without ".json": next to it), which outlives Offramp, so
    // that one still at work when Offramp is killed writes on. Empty: pipes to Offramp.
    std::filesystem::path outputLogs;
};

// The machine a removal works on: it scans with the catalog and runs only the catalog's recipes.
// Throws ProbeError when that platform cannot be changed from here (Windows from a POSIX host, or a
// platform other than this computer's without a root).
std::unique_ptr<RemovalMachine> makeRemovalMachine(const Catalog& catalog, Platform platform,
                                                   const RemovalOptions& options);

} // namespace offramp::platform

#endif
