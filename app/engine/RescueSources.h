// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_RESCUESOURCES_H
#define OFFRAMP_ENGINE_RESCUESOURCES_H

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "engine/Platform.h"
#include "engine/utils/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace offramp {

// One place the catalog says data at risk lives on a platform, for the rescue bundle.
struct RescueLocation
{
    const Product* product = nullptr;
    const Component* component = nullptr;
    const DataAtRisk* data = nullptr;
    std::string pattern;        // as the catalog writes it: "C:\Users\*\Documents\..." or "/var/opt/..."
    std::string machinePattern; // '/'-separated from the machine's root: "/Users/*/Documents/..."
};

// Whether a catalog rescue path is acceptable; otherwise an InvalidInput error (the path as its subject) that says
// why. On Windows a path starts with "C:\", which stands
// for the system drive (the folder --root maps); elsewhere with "/". No "." or ".." or "**", at least two
// components, and the first names a real folder (no wildcard), so that no path can sweep a whole disk.
Result<void> checkRescuePath(Platform platform, std::string_view path);

// "C:\Users\*\x" -> "/Users/*/x"; POSIX paths stay as they are. The path must be acceptable.
std::string rescueMachinePath(Platform platform, std::string_view path);
// How a machine path is shown to people and in the manifest: "/Users/a/x" -> "C:\Users\a\x" on Windows.
std::string machinePathForDisplay(Platform platform, std::string_view machinePath);

// The catalog's rescue locations for a platform: the detected products' first (in the order of the findings),
// then every other product's in catalog order, since a leftover file (a vault backup in Documents) is worth
// saving even when its product is gone. A path several products name is listed once, for the first.
std::vector<RescueLocation> rescueLocations(const Catalog& catalog, Platform platform,
                                            const std::vector<Finding>& findings);

// The data at risk of the detected products that cannot be copied as files and whose text is written for this
// platform: what the user must save by hand.
struct ManualRescue
{
    const Product* product = nullptr;
    const DataAtRisk* data = nullptr;
};
std::vector<ManualRescue> manualRescues(const std::vector<Finding>& findings, Platform platform);

} // namespace offramp

#endif
