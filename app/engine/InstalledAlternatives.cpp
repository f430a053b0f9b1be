// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/InstalledAlternatives.h"

#include "engine/Detector.h"

#include <nlohmann/json.hpp>

namespace offramp {

std::vector<InstalledAlternative> detectAlternatives(const Catalog& catalog, const MachineFacts& machine)
{
    std::vector<InstalledAlternative> found;
    for (const auto& alternative : catalog.alternatives) {
        const auto signatures = alternative.signatures.find(machine.platform);
        if (signatures == alternative.signatures.end()) {
            continue;
        }
        InstalledAlternative installed{&alternative, {}, {}};
        for (const auto& fact : machine.facts) {
            if (!factShowsInstallation(fact.kind) || !signaturesMatch(signatures->second, fact)) {
                continue;
            }
            if (installed.version.empty()) {
                installed.version = fact.version;
            }
            installed.evidence.push_back(evidenceOf(fact));
        }
        if (!installed.evidence.empty()) {
            found.push_back(std::move(installed));
        }
    }
    return found;
}

nlohmann::json alternativesToJson(const std::vector<InstalledAlternative>& installed, std::string_view language)
{
    auto list = nlohmann::json::array();
    for (const auto& item : installed) {
        auto evidence = nlohmann::json::array();
        for (const auto& shown : item.evidence) {
            evidence.push_back({{"kind", factKindId(shown.kind)}, {"where", shown.where}, {"what", shown.what}});
        }
        list.push_back({{"id", item.alternative->id},
                        {"name", item.alternative->name.text(language)},
                        {"version", item.version},
                        {"evidence", std::move(evidence)}});
    }
    return list;
}

std::string describeInstalledAlternative(const InstalledAlternative& installed)
{
    std::string text = installed.alternative->name.text();
    if (!installed.version.empty()) {
        text += " " + installed.version;
    }
    std::string names;
    for (const auto& evidence : installed.evidence) {
        names += (names.empty() ? "" : ", ") + evidence.fact.name;
    }
    return text + " (" + names + ")";
}

} // namespace offramp
