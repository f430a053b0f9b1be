// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_INSTALLEDALTERNATIVES_H
#define OFFRAMP_ENGINE_INSTALLEDALTERNATIVES_H

#include "engine/Catalog.h"
#include "engine/Finding.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace offramp {

// An alternative that the computer has installed, with what shows it.
struct InstalledAlternative
{
    const Alternative* alternative = nullptr;
    std::string version;
    std::vector<Evidence> evidence;
};

// The catalog's alternatives whose installation (a package, an app, an uninstall entry) the machine's facts
// show, in catalog order: what protects the computer now, as far as the files tell. Traces alone (a folder
// left behind) do not count.
std::vector<InstalledAlternative> detectAlternatives(const Catalog& catalog, const MachineFacts& machine);

// [{"id", "name", "version", "evidence": [{"kind", "where", "what"}]}], as `scan --json` prints it.
nlohmann::json alternativesToJson(const std::vector<InstalledAlternative>& installed, std::string_view language = "en");
// "ClamAV 1.0.7 (clamav, clamav-freshclam)": one line for people, in English.
std::string describeInstalledAlternative(const InstalledAlternative& installed);

} // namespace offramp

#endif
