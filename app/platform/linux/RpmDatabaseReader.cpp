// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/RpmDatabaseReader.h"

#include "engine/MachineProbe.h"
#include "platform/common/ProcessRunner.h"

#include <algorithm>
#include <chrono>
#include <iterator>
#include <system_error>

namespace offramp::platform {

namespace {

// The line rpm explains its failure with: its first "error:" line, else its first line.
std::string firstErrorLine(std::string_view errorOutput)
{
    std::string_view first;
    std::size_t start = 0;
    while (start < errorOutput.size()) {
        std::size_t end = errorOutput.find('\n', start);
        if (end == std::string_view::npos) {
            end = errorOutput.size();
        }
        std::string_view line = errorOutput.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
            line.remove_suffix(1);
        }
        if (line.starts_with("error: ")) {
            return std::string(line.substr(7));
        }
        if (first.empty()) {
            first = line;
        }
        start = end + 1;
    }
    return first.empty() ? std::string("no explanation given") : std::string(first);
}

std::vector<Fact> queryDatabase(const std::string& rpm, const std::filesystem::path& hostDir,
                                std::string_view machineDir, const Watchlist& watchlist)
{
    ProcessRequest request;
    request.program = rpm;
    request.arguments = {"--dbpath", hostDir.string(), "-qa", "--qf", std::string(rpmQueryFormat)};
    // Untranslated messages, so that the error line reads the same everywhere.
    request.extraEnvironment = {{"LC_ALL", "C"}};
    request.timeout = std::chrono::minutes(2);
    const ProcessResult result = runProcess(request);
    const std::string where = " (rpm database at " + std::string(machineDir) + ")";
    if (!result.started) {
        throw ProbeError("could not run rpm: " + result.failure + where);
    }
    if (result.timedOut) {
        throw ProbeError("rpm did not finish listing packages within 2 minutes" + where);
    }
    if (result.exitCode != 0) {
        throw ProbeError("rpm could not list packages: " + firstErrorLine(result.errorOutput) + where);
    }
    return parseRpmQueryOutput(
        result.output, [&watchlist](std::string_view name) { return watchlist.wants(SignatureKind::Packages, name); },
        machineDir);
}

} // namespace

bool holdsRpmDatabase(const std::filesystem::path& hostDir)
{
    for (const char* name : {"Packages", "Packages.db", "rpmdb.sqlite"}) {
        std::error_code error;
        if (std::filesystem::is_regular_file(hostDir / name, error)) {
            return true;
        }
    }
    return false;
}

std::vector<Fact> parseRpmQueryOutput(std::string_view output, const PackageFilter& wanted,
                                      std::string_view machineDbDir)
{
    std::vector<Fact> facts;
    std::size_t start = 0;
    while (start < output.size()) {
        std::size_t end = output.find('\n', start);
        if (end == std::string_view::npos) {
            end = output.size();
        }
        const std::string_view line = output.substr(start, end - start);
        start = end + 1;
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0) {
            continue; // not a line of our format (rpm prints nothing else on standard output)
        }
        const std::string_view name = line.substr(0, tab);
        if (!wanted(name)) {
            continue;
        }
        std::string_view version = line.substr(tab + 1);
        version = version.substr(0, version.find('\t'));
        if (version.starts_with("0:")) {
            version.remove_prefix(2);
        }
        Fact fact;
        fact.kind = FactKind::Package;
        fact.name = name;
        fact.version = version;
        fact.state = "installed (rpm)";
        fact.where = machineDbDir;
        facts.push_back(std::move(fact));
    }
    return facts;
}

RpmPackages readRpmDatabase(const RootedPath& root, const Watchlist& watchlist)
{
    RpmPackages packages;
    std::error_code error;
    std::vector<std::filesystem::path> seen;
    for (const std::string_view machineDir : rpmDatabaseDirs) {
        // Resolved inside the tree as a chroot would, so rpm never reads this computer's database.
        std::filesystem::path hostDir;
        try {
            hostDir = root.host(machineDir);
        } catch (const RootLinkError& outside) {
            packages.warnings.emplace_back(outside.what());
            continue;
        }
        if (!holdsRpmDatabase(hostDir)) {
            continue;
        }
        // Fedora links /var/lib/rpm to /usr/lib/sysimage/rpm: one database, read once.
        const std::filesystem::path canonicalDir = std::filesystem::canonical(hostDir, error);
        if (error || std::find(seen.begin(), seen.end(), canonicalDir) != seen.end()) {
            continue;
        }
        seen.push_back(canonicalDir);
        const std::optional<std::string> rpm = findProgram("rpm");
        if (!rpm) {
            packages.warnings.push_back("an rpm database is at " + std::string(machineDir) +
                                        " but the rpm tool is not installed here, so rpm packages were not checked");
            continue;
        }
        std::vector<Fact> facts = queryDatabase(*rpm, canonicalDir, machineDir, watchlist);
        packages.facts.insert(packages.facts.end(), std::make_move_iterator(facts.begin()),
                              std::make_move_iterator(facts.end()));
    }
    return packages;
}

} // namespace offramp::platform
