// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Detector.h"

#include "engine/Glob.h"

#include <algorithm>
#include <map>
#include <utility>

namespace offramp {

namespace {

bool anyMatches(const PlatformSignatures& signatures, SignatureKind kind, std::string_view text)
{
    if (text.empty()) {
        return false;
    }
    const auto it = signatures.find(kind);
    if (it == signatures.end()) {
        return false;
    }
    return std::ranges::any_of(it->second, [&](const std::string& pattern) { return Glob(pattern).matches(text); });
}

} // namespace

bool signaturesMatch(const PlatformSignatures& signatures, const Fact& fact)
{
    switch (fact.kind) {
    case FactKind::Package:
    case FactKind::PackageConfigFiles:
        return anyMatches(signatures, SignatureKind::Packages, fact.name);
    case FactKind::SystemdUnit:
        return anyMatches(signatures, SignatureKind::SystemdUnits, fact.name);
    case FactKind::Path:
        return anyMatches(signatures, SignatureKind::Paths, fact.name);
    case FactKind::AppBundle:
        return anyMatches(signatures, SignatureKind::BundleIds, fact.id) ||
               anyMatches(signatures, SignatureKind::BundleNames, fact.name);
    case FactKind::LaunchdJob:
        return anyMatches(signatures, SignatureKind::LaunchdJobs, fact.name);
    case FactKind::UninstallEntry:
        return anyMatches(signatures, SignatureKind::UninstallNames, fact.name);
    case FactKind::RegistryKey:
        return anyMatches(signatures, SignatureKind::RegistryKeys, fact.name);
    case FactKind::Service:
        return anyMatches(signatures, SignatureKind::Services, fact.name);
    case FactKind::Driver:
        return anyMatches(signatures, SignatureKind::Drivers, fact.name);
    }
    return false;
}

namespace {

std::string withVersion(std::string text, const Fact& fact)
{
    if (!fact.version.empty()) {
        text += ' ';
        text += fact.version;
    }
    return text;
}

std::string describe(const Fact& fact)
{
    switch (fact.kind) {
    case FactKind::Package:
        return withVersion("package " + fact.name, fact) + (fact.state.empty() ? "" : " (" + fact.state + ")");
    case FactKind::PackageConfigFiles:
        return withVersion("configuration files of the removed package " + fact.name, fact);
    case FactKind::SystemdUnit:
        return "systemd unit " + fact.name;
    case FactKind::Path:
        return "path " + fact.name;
    case FactKind::AppBundle:
        return withVersion("app " + fact.name + (fact.id.empty() ? "" : " (" + fact.id + ")"), fact);
    case FactKind::LaunchdJob:
        return "launchd job " + fact.name;
    case FactKind::UninstallEntry:
        return withVersion("uninstall entry \"" + fact.name + "\"", fact);
    case FactKind::RegistryKey:
        return "registry key " + fact.name;
    case FactKind::Service:
        return "service " + fact.name;
    case FactKind::Driver:
        return "driver " + fact.name;
    }
    return fact.name;
}

} // namespace

Evidence evidenceOf(const Fact& fact)
{
    return {fact.kind, describe(fact), fact.where, fact};
}

namespace {

struct Accumulator
{
    std::vector<const Fact*> facts;
};

// Traces no specific product claims (a vendor-wide folder, registry root or driver) belong with an
// installed product of the same maker when there is one: listing them as a second, "unidentified"
// product would make people think two products are installed.
void foldSharedTraces(std::vector<Finding>& findings)
{
    for (auto it = findings.begin(); it != findings.end();) {
        const bool sharedTraces = it->product->fallback && it->state == FindingState::Leftovers;
        auto owner = findings.end();
        if (sharedTraces) {
            owner = std::ranges::find_if(findings, [&](const Finding& candidate) {
                return !candidate.product->fallback && candidate.state == FindingState::Installed &&
                       candidate.product->maker == it->product->maker &&
                       (it->user.empty() || candidate.user == it->user);
            });
        }
        if (owner == findings.end()) {
            ++it;
            continue;
        }
        owner->evidence.insert(owner->evidence.end(), it->evidence.begin(), it->evidence.end());
        it = findings.erase(it);
    }
}

} // namespace

std::vector<Finding> detect(const Catalog& catalog, const MachineFacts& machine)
{
    // Findings are grouped by product and by the account an install belongs to.
    std::map<std::pair<std::size_t, std::string>, Accumulator> groups;
    std::vector<bool> claimed(machine.facts.size(), false);

    // Specific products first; fallback products only see what nothing else claimed.
    for (const bool fallbackPass : {false, true}) {
        for (std::size_t p = 0; p < catalog.products.size(); ++p) {
            const Product& product = catalog.products[p];
            if (product.fallback != fallbackPass) {
                continue;
            }
            const auto signatures = product.signatures.find(machine.platform);
            if (signatures == product.signatures.end()) {
                continue;
            }
            for (std::size_t f = 0; f < machine.facts.size(); ++f) {
                if (fallbackPass && claimed[f]) {
                    continue;
                }
                const Fact& fact = machine.facts[f];
                if (signaturesMatch(signatures->second, fact)) {
                    groups[{p, fact.user}].facts.push_back(&fact);
                    if (!fallbackPass) {
                        claimed[f] = true;
                    }
                }
            }
        }
    }

    std::vector<Finding> findings;
    findings.reserve(groups.size());
    for (const auto& [key, group] : groups) {
        const Product& product = catalog.products[key.first];
        Finding finding;
        finding.product = &product;
        finding.user = key.second;
        const bool installed =
            std::ranges::any_of(group.facts, [](const Fact* fact) { return factShowsInstallation(fact->kind); });
        finding.state = installed ? FindingState::Installed : FindingState::Leftovers;
        for (const Fact* fact : group.facts) {
            if (finding.version.empty() && !fact->version.empty() && factShowsInstallation(fact->kind) == installed) {
                finding.version = fact->version;
            }
            finding.evidence.push_back(evidenceOf(*fact));
        }
        finding.regulations = catalog.regulationsCovering(product);
        findings.push_back(std::move(finding));
    }
    foldSharedTraces(findings);
    return findings;
}

bool anyBannedInstalled(const std::vector<Finding>& findings)
{
    return std::ranges::any_of(findings, [](const Finding& finding) {
        return finding.product->banned && finding.state == FindingState::Installed;
    });
}

} // namespace offramp
