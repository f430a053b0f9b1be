// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/LinuxProbe.h"

#include "platform/FolderListing.h"
#include "platform/linux/DpkgStatusReader.h"
#include "platform/linux/RpmDatabaseReader.h"
#include "platform/linux/SystemdUnitReader.h"

#include <set>
#include <system_error>
#include <utility>

namespace offramp::platform {

LinuxProbe::LinuxProbe(std::filesystem::path root)
    : m_root(std::move(root))
{}

MachineFacts LinuxProbe::probe(const Watchlist& watchlist)
{
    MachineFacts machine;
    machine.platform = Platform::Linux;
    machine.root = m_root.root().string();

    {
        std::error_code error;
        const std::filesystem::directory_iterator listing = listFolder(m_root.root(), error);
        if (error) {
            throw ProbeError("cannot read the root folder " + machine.root + ": " + error.message(), errorKindOf(error),
                             machine.root);
        }
    }

    const auto add = [&machine](std::vector<Fact>&& facts) {
        machine.facts.insert(machine.facts.end(), std::make_move_iterator(facts.begin()),
                             std::make_move_iterator(facts.end()));
    };

    // Only the package databases, unit folders and catalog paths are read: an installer lying in
    // someone's Downloads is not an installation.
    const std::filesystem::path statusFile = m_root.host(dpkgStatusPath);
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::symlink_status(statusFile, error);
    // A database that is there but out of reach (a folder on the way that may not be entered) is an
    // error too; only a database that is not there at all is silently absent.
    const bool absent = error == std::errc::no_such_file_or_directory || error == std::errc::not_a_directory;
    if (std::filesystem::exists(status) || (error && !absent)) {
        std::vector<Fact> packages = readDpkgStatusFile(statusFile, watchlist);
        applyDpkgUpdates(m_root.host(dpkgUpdatesPath), watchlist, packages);
        add(std::move(packages));
    }

    RpmPackages rpm = readRpmDatabase(m_root, watchlist);
    add(std::move(rpm.facts));
    machine.warnings.insert(machine.warnings.end(), rpm.warnings.begin(), rpm.warnings.end());

    add(readSystemdUnits(m_root, watchlist));

    std::set<std::string, std::less<>> seenPaths;
    for (const std::string& pattern : watchlist.paths()) {
        for (std::string& path : m_root.expand(pattern)) {
            if (!seenPaths.insert(path).second) {
                continue;
            }
            Fact fact;
            fact.kind = FactKind::Path;
            fact.name = path;
            fact.where = std::move(path);
            machine.facts.push_back(std::move(fact));
        }
    }
    return machine;
}

} // namespace offramp::platform
