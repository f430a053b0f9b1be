// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_RPMDATABASEREADER_H
#define OFFRAMP_PLATFORM_RPMDATABASEREADER_H

#include "engine/Fact.h"
#include "engine/Watchlist.h"
#include "platform/common/RootedPath.h"
#include "platform/linux/DpkgStatusReader.h"

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace offramp::platform {

// Where rpm keeps its database, in the order they are checked (Fedora links the first to the second).
inline constexpr std::array<std::string_view, 2> rpmDatabaseDirs{"/var/lib/rpm", "/usr/lib/sysimage/rpm"};

// The query format given to rpm -qa: name, epoch:version-release and architecture, tab-separated.
// The escapes are rpm's own, so the backslashes reach rpm as they are.
inline constexpr std::string_view rpmQueryFormat = "%{NAME}\\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\\t%{ARCH}\\n";

// Whether a folder holds an rpm database in any of the formats rpm has used (Berkeley DB, NDB, SQLite).
bool holdsRpmDatabase(const std::filesystem::path& hostDir);

// Turns the output of `rpm -qa --qf <rpmQueryFormat>` into Package facts for the names `wanted` accepts.
// A "0:" epoch is dropped from the version, as rpm itself does when it prints one.
std::vector<Fact> parseRpmQueryOutput(std::string_view output, const PackageFilter& wanted,
                                      std::string_view machineDbDir);

struct RpmPackages
{
    std::vector<Fact> facts;
    std::vector<std::string> warnings;
};

// Lists the packages in the rpm database under the root with the rpm tool, if there is a database.
// Without the rpm tool on this computer the packages are not checked, and a warning says so.
// Throws ProbeError when rpm fails, with its first error line and the database's machine path.
RpmPackages readRpmDatabase(const RootedPath& root, const Watchlist& watchlist);

} // namespace offramp::platform

#endif
