// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_DPKGSTATUSREADER_H
#define OFFRAMP_PLATFORM_DPKGSTATUSREADER_H

#include "engine/Fact.h"
#include "engine/Watchlist.h"

#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

namespace offramp::platform {

// Where dpkg keeps its database of packages on a machine.
inline constexpr std::string_view dpkgStatusPath = "/var/lib/dpkg/status";

// Says whether a package deserves a fact. Called once per package, so it should be cheap.
using PackageFilter = std::function<bool(std::string_view name)>;

// Reads the text of a dpkg status database and returns a fact for each package `wanted` accepts:
// Package when it is (even partly) installed, PackageConfigFiles when only its configuration files
// remain, nothing when it is "not-installed". Only the Package, Status and Version fields are looked
// at, but every line is checked: a damaged database throws ProbeError with one line naming
// `machinePath` and the 1-based line, e.g. "/var/lib/dpkg/status line 7: ... — the dpkg database
// looks damaged".
std::vector<Fact> readDpkgStatus(std::string_view text, const PackageFilter& wanted,
                                 std::string_view machinePath = dpkgStatusPath);
// The same, keeping the packages the watchlist wants for SignatureKind::Packages.
std::vector<Fact> readDpkgStatus(std::string_view text, const Watchlist& watchlist);

// Reads a status file without copying it where it can be mapped into memory (POSIX), else in pieces
// that stay in the processor's cache, so that a 40 MB database is scanned in less time than it takes
// merely to read it into memory. Throws ProbeError when the file cannot be read
// ("cannot read /var/lib/dpkg/status: Permission denied") or is damaged.
std::vector<Fact> readDpkgStatusFile(const std::filesystem::path& hostPath, const PackageFilter& wanted,
                                     std::string_view machinePath = dpkgStatusPath);
std::vector<Fact> readDpkgStatusFile(const std::filesystem::path& hostPath, const Watchlist& watchlist);

// dpkg records each change in updates/NNNN before it folds them into the status file, so a dpkg that was
// killed leaves the newest state of the packages it touched there (for example "purge ok half-installed").
inline constexpr std::string_view dpkgUpdatesPath = "/var/lib/dpkg/updates";

// Applies the pending updates in `hostFolder` to facts read from the status file, as dpkg would: entries
// whose names are all digits, in numeric order (tmp.i, an entry still being written, is ignored). Each
// stanza replaces the package's fact, or removes it when the package is no longer installed. A missing
// folder means nothing is pending; an unreadable folder or a damaged entry throws ProbeError.
void applyDpkgUpdates(const std::filesystem::path& hostFolder, const PackageFilter& wanted, std::vector<Fact>& facts,
                      std::string_view machineFolder = dpkgUpdatesPath);
void applyDpkgUpdates(const std::filesystem::path& hostFolder, const Watchlist& watchlist, std::vector<Fact>& facts);

} // namespace offramp::platform

#endif
