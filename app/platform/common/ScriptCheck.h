// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_SCRIPTCHECK_H
#define OFFRAMP_PLATFORM_SCRIPTCHECK_H

#include <filesystem>
#include <optional>
#include <string>

namespace offramp::platform {

// Why a vendor script may not run as root: "missing", a reason in a few words, or empty when it may. The
// script and every folder above it, up to `/` or to `treeRoot` (--root), must belong to root (in a tree: to
// the tree's owner, who stands in for root) and be writable by nobody else, and none may be a link: anyone
// who could change or swap one of them would choose what runs with administrator rights.
std::string scriptProblem(const std::filesystem::path& script, const std::optional<std::filesystem::path>& treeRoot);

} // namespace offramp::platform

#endif
