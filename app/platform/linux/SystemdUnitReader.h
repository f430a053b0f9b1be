// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_SYSTEMDUNITREADER_H
#define OFFRAMP_PLATFORM_SYSTEMDUNITREADER_H

#include "engine/Fact.h"
#include "engine/Watchlist.h"
#include "platform/common/RootedPath.h"

#include <array>
#include <string_view>
#include <vector>

namespace offramp::platform {

// The folders systemd loads unit files from, most important first (as systemd ranks them).
inline constexpr std::array<std::string_view, 5> systemdUnitDirs{"/etc/systemd/system", "/run/systemd/system",
                                                                 "/usr/local/lib/systemd/system", "/lib/systemd/system",
                                                                 "/usr/lib/systemd/system"};

// Whether a file name is a systemd unit ("kesl.service", "klnagent64.socket", ...).
bool isSystemdUnitName(std::string_view name);

// SystemdUnit facts for the unit files the watchlist wants, one per name: the first folder that has it
// wins, as it does for systemd. Masked units (links to /dev/null) count, since they were installed once.
std::vector<Fact> readSystemdUnits(const RootedPath& root, const Watchlist& watchlist);

} // namespace offramp::platform

#endif
