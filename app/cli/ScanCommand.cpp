// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Arguments.h"
#include "cli/CliError.h"
#include "cli/Commands.h"
#include "cli/MachineChoice.h"
#include "engine/CatalogLoader.h"
#include "engine/Detector.h"
#include "engine/InstalledAlternatives.h"
#include "engine/JsonNode.h"
#include "engine/ScanJson.h"
#include "platform/HostName.h"
#include "platform/ProbeFactory.h"
#include "platform/ProtectionStatus.h"
#include "platform/common/Utf8Path.h"

#include <algorithm>
#include <memory>

namespace offramp::cli {

namespace {

std::string describeMachine(const MachineFacts& machine, const Arguments& arguments)
{
    if (const auto demo = arguments.option("--demo")) {
        std::string title = machine.description;
        if (title.starts_with("Demo: ")) {
            title = title.substr(6);
        }
        return "the demo computer \"" + *demo + "\" (" + title + ")";
    }
    std::string text = "this " + std::string(platformDisplayName(machine.platform)) + " computer";
    if (arguments.option("--root")) {
        text = "the " + std::string(platformDisplayName(machine.platform)) + " files under " + machine.root;
    }
    return text;
}

// What protects the computer now, as far as its files show: one line, or none where nothing is recognised.
void printAlternatives(std::ostream& out, const std::vector<InstalledAlternative>& alternatives)
{
    std::string line;
    for (const auto& installed : alternatives) {
        line += (line.empty() ? "" : "; ") + describeInstalledAlternative(installed);
    }
    if (!line.empty()) {
        out << "Antivirus installed: " << line << ".\n";
    }
}

void printHuman(std::ostream& out, const MachineFacts& machine, const std::vector<Finding>& findings,
                const std::vector<InstalledAlternative>& alternatives, const Arguments& arguments)
{
    out << "Scanned " << describeMachine(machine, arguments) << ".\n";
    if (findings.empty()) {
        out << "No Kaspersky product was found.\n";
        printAlternatives(out, alternatives);
        return;
    }
    out << "Found " << findings.size() << (findings.size() == 1 ? " product" : " products") << ":\n";
    for (const auto& finding : findings) {
        out << "\n  " << finding.product->name.text();
        if (!finding.version.empty()) {
            out << ' ' << finding.version;
        }
        out << "  [" << findingStateId(finding.state) << (finding.product->banned ? ", banned" : ", not banned") << ']';
        if (!finding.user.empty()) {
            out << "  (user " << finding.user << ')';
        }
        out << '\n';
        for (const auto& evidence : finding.evidence) {
            out << "    - " << evidence.what;
            if (evidence.where != evidence.fact.name) {
                out << " in " << evidence.where;
            }
            out << '\n';
        }
    }
    out << '\n';
    if (anyBannedInstalled(findings)) {
        out << "A banned product is installed: it may no longer be sold or updated in the United States.\n"
               "See what applies to you with: offramp-cli explain --jurisdiction US\n";
    } else if (std::ranges::any_of(findings, [](const Finding& f) { return f.product->banned; })) {
        out << "No banned product is installed, but one left files or settings behind (listed above).\n";
    } else {
        out << "No banned product is installed.\n";
    }
    printAlternatives(out, alternatives);
}

// The name a fleet report files this scan under: the demo computer's, or the computer's read (HostName.h).
std::string scannedHostName(const Arguments& arguments, Platform platform)
{
    if (const auto demo = arguments.option("--demo")) {
        return *demo;
    }
    const auto root = arguments.option("--root");
    return platform::machineHostName(platform, root ? std::optional(platform::pathFromUtf8(*root)) : std::nullopt);
}

} // namespace

int runScan(const std::vector<std::string>& words, std::ostream& out)
{
    const Arguments arguments("scan", words, {"--json"}, {"--platform", "--root", "--demo"});
    if (!arguments.positional().empty()) {
        throw CliError(ExitUsage, "scan: unexpected argument \"" + arguments.positional().front() + "\"");
    }
    const Catalog catalog = CatalogLoader::loadEmbedded();
    auto probe = chooseProbe("scan", arguments);
    const auto facts = probe->probe(Watchlist(catalog, probe->platform()));
    const auto findings = detect(catalog, facts);
    const auto alternatives = detectAlternatives(catalog, facts);
    if (arguments.flag("--json")) {
        auto json = scanToJson(facts, findings);
        json["alternatives_installed"] = alternativesToJson(alternatives);
        json["host"] = scannedHostName(arguments, facts.platform);
        // What protects this PC now: an extra field, only in scans of the Windows computer itself.
        if (facts.platform == Platform::Windows && !arguments.option("--demo") && !arguments.option("--root")) {
            json["security_center"] = platform::protectionToJson(platform::readProtectionStatus());
        }
        out << jsonText(json) << '\n';
    } else {
        printHuman(out, facts, findings, alternatives, arguments);
    }
    return anyBannedInstalled(findings) ? ExitBannedInstalled : ExitClean;
}

} // namespace offramp::cli
