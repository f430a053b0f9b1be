// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MachineChoice.h"

#include "cli/CliError.h"
#include "platform/ProbeFactory.h"

namespace offramp::cli {

namespace {

std::unique_ptr<MachineProbe> demoProbe(const std::string& command, const std::string& name)
{
    if (auto probe = platform::makeDemoProbe(name)) {
        return probe;
    }
    std::string known;
    for (const auto& demo : platform::demoNames()) {
        known += (known.empty() ? "" : ", ") + demo;
    }
    throw CliError(ExitBadInput,
                   command + ": there is no demo computer named \"" + name + "\" (there are: " + known + ")");
}

} // namespace

Platform chosenPlatform(const std::string& command, const Arguments& arguments)
{
    const auto platformName = arguments.option("--platform");
    if (!platformName) {
        return platform::hostPlatform();
    }
    const auto chosen = platformFromId(*platformName);
    if (!chosen) {
        throw CliError(ExitUsage,
                       command + ": --platform must be linux, macos or windows, not \"" + *platformName + "\"");
    }
    return *chosen;
}

std::unique_ptr<MachineProbe> chooseProbe(const std::string& command, const Arguments& arguments)
{
    const auto demo = arguments.option("--demo");
    const auto root = arguments.option("--root");
    const auto platformName = arguments.option("--platform");
    if (demo && (root || platformName)) {
        throw CliError(ExitUsage,
                       command + ": --demo reads a demo computer and cannot be combined with --root or --platform");
    }
    if (demo) {
        return demoProbe(command, *demo);
    }
    const Platform platform = chosenPlatform(command, arguments);
    if (root) {
        return platform::makeTreeProbe(platform, *root);
    }
    if (platform != platform::hostPlatform()) {
        throw CliError(ExitUsage, command + ": to read a " + std::string(platformDisplayName(platform)) +
                                      " computer from here, give its files with --root DIR");
    }
    return platform::makeHostProbe();
}

} // namespace offramp::cli
