// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_FINDING_H
#define OFFRAMP_ENGINE_FINDING_H

#include "engine/Catalog.h"
#include "engine/Fact.h"

#include <string>
#include <vector>

namespace offramp {

enum class FindingState
{
    Installed, // a working installation (a package, an app bundle, an uninstall entry)
    Leftovers, // only traces remain (configuration files, folders, units, registry keys)
};

std::string_view findingStateId(FindingState state);

struct Evidence
{
    FactKind kind = FactKind::Path;
    std::string what;  // e.g. "package kesl 12.1.0-1297 (install ok installed)"
    std::string where; // e.g. "/var/lib/dpkg/status"
    Fact fact;         // what the probe saw, for views that word it in their own language
};

struct Finding
{
    const Product* product = nullptr;
    std::string version;
    FindingState state = FindingState::Leftovers;
    std::string user;
    std::vector<Evidence> evidence;
    std::vector<std::string> regulations; // ids of regulations that name the product
};

} // namespace offramp

#endif
