// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_HOSTNAME_H
#define OFFRAMP_PLATFORM_HOSTNAME_H

#include "engine/Platform.h"

#include <filesystem>
#include <optional>
#include <string>

namespace offramp::platform {

// The name this computer goes by on the network (gethostname, or Windows' DNS host name); empty when the
// system cannot tell. The host folder (posix/ or windows/) provides it.
std::string hostName();

// The name of the computer a scan, removal or rescue reads, so that a fleet report can tell its results
// apart: this computer's host name, or under a root the tree's own /etc/hostname (Linux trees); empty when
// the tree does not say (macOS trees, a Linux tree without the file).
std::string machineHostName(Platform platform, const std::optional<std::filesystem::path>& root);

} // namespace offramp::platform

#endif
