// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_RESCUELICENSE_H
#define OFFRAMP_ENGINE_RESCUELICENSE_H

#include "engine/Catalog.h"
#include "engine/Finding.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace offramp {

// What the rescue's scan saw, for the license record.
struct LicenseScan
{
    bool scanned = false;
    std::string what;   // "the Linux files under /mnt/old", "this Windows computer"
    std::string reason; // why there was no scan, when there was none
    std::vector<Finding> findings;
    std::vector<std::string> warnings;
};

// The record of the products found, for refund and billing questions (license.json in the rescue bundle):
// product, vendor, version and state from the scan. The expiry date is recorded only where the machine's data
// shows one; no probe reads one today, because no source says where Kaspersky keeps it, so each product says
// "expiry not shown" and points to the catalog's advice on keeping the activation record.
nlohmann::json licenseRecordToJson(const Catalog& catalog, Platform platform, const LicenseScan& scan);

// "Kaspersky Endpoint Security for Linux 12.1.0-1297", for people.
std::string licenseSummary(const Finding& finding);

} // namespace offramp

#endif
