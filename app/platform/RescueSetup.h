// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_RESCUESETUP_H
#define OFFRAMP_PLATFORM_RESCUESETUP_H

#include "engine/RescueLicense.h"
#include "platform/RescueBundle.h"

#include <cstdint>
#include <filesystem>

// How a rescue of a computer is set up, shared by offramp-cli rescue and the wizard.
namespace offramp::platform {

// The request to rescue a computer's files at risk into `bundle`: the catalog's rescue locations for the
// platform (the found products' first), the data at risk of the found products that only the user can save,
// and the license record of what the scan saw. `root` is read as the computer's "/" (systemRoot() for this
// computer). The request points into `catalog`, which must outlive it.
RescueRequest makeRescueRequest(const Catalog& catalog, Platform platform, const std::filesystem::path& root,
                                const std::filesystem::path& bundle, const LicenseScan& scan);

// The total size of the files a rescue with this request would copy, as they are now: what a progress bar
// counts to. A missing root counts as nothing (the rescue itself reports it).
std::uint64_t rescueSourceBytes(const RescueRequest& request);

} // namespace offramp::platform

#endif
