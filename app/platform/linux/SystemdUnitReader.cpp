// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/SystemdUnitReader.h"

#include "platform/FolderListing.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <system_error>

namespace offramp::platform {

bool isSystemdUnitName(std::string_view name)
{
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) {
        return false;
    }
    const std::string_view suffix = name.substr(dot + 1);
    static constexpr std::array<std::string_view, 11> kinds{"service",   "socket", "target", "timer", "path",  "mount",
                                                            "automount", "swap",   "slice",  "scope", "device"};
    return std::ranges::find(kinds, suffix) != kinds.end();
}

std::vector<Fact> readSystemdUnits(const RootedPath& root, const Watchlist& watchlist)
{
    std::vector<Fact> facts;
    std::set<std::string, std::less<>> seen;
    std::vector<std::filesystem::path> listed;
    for (const std::string_view machineDir : systemdUnitDirs) {
        // Where /lib links to /usr/lib (merged /usr), the same folder is listed once.
        const std::filesystem::path folder = root.host(machineDir);
        if (std::any_of(listed.begin(), listed.end(), [&folder](const std::filesystem::path& earlier) {
                std::error_code ignored;
                return std::filesystem::equivalent(earlier, folder, ignored);
            })) {
            continue;
        }
        std::vector<std::string> names;
        std::error_code error;
        std::filesystem::directory_iterator it = listFolder(folder, error);
        if (!error) {
            listed.push_back(folder);
        }
        // A folder that is missing or cannot be listed holds no units we could report.
        for (const std::filesystem::directory_iterator end; !error && it != end; it.increment(error)) {
            std::string name = it->path().filename().string();
            // The name is checked first: a unit folder holds hundreds of entries, and looking at one costs a stat.
            if (!isSystemdUnitName(name) || !watchlist.wants(SignatureKind::SystemdUnits, name)) {
                continue;
            }
            // Drop-in folders ("kesl.service.d") and *.wants folders hold links and overrides, not units.
            std::error_code statusError;
            if (!std::filesystem::is_directory(it->status(statusError))) {
                names.push_back(std::move(name));
            }
        }
        std::sort(names.begin(), names.end());
        for (std::string& name : names) {
            if (seen.contains(name)) {
                continue;
            }
            seen.insert(name);
            Fact fact;
            fact.kind = FactKind::SystemdUnit;
            fact.where = std::string(machineDir) + '/' + name;
            fact.name = std::move(name);
            facts.push_back(std::move(fact));
        }
    }
    return facts;
}

} // namespace offramp::platform
