// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_DETECTOR_H
#define OFFRAMP_ENGINE_DETECTOR_H

#include "engine/Catalog.h"
#include "engine/Finding.h"

#include <vector>

namespace offramp {

// Matches a machine's facts against the catalog. A product with any installation evidence is
// installed; one with traces only is leftovers. Findings keep the catalog's product order.
std::vector<Finding> detect(const Catalog& catalog, const MachineFacts& machine);

// Whether a fact matches any of one platform's signatures.
bool signaturesMatch(const PlatformSignatures& signatures, const Fact& fact);
// A fact as evidence: what it is, in English, and where it was seen.
Evidence evidenceOf(const Fact& fact);

// Whether any finding is a banned product that is still installed (scan's exit code 1).
bool anyBannedInstalled(const std::vector<Finding>& findings);

} // namespace offramp

#endif
