// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_SCRIPTCHECK_H
#define OFFRAMP_PLATFORM_SCRIPTCHECK_H

#include "engine/utils/Result.h"

#include <filesystem>
#include <optional>

namespace offramp::platform {

// Whether a vendor script may run as root; if not, why, in a few words: NotFound when it is not there, NotAFile
// when it is a link or no executable file, NoPermission when others could change it or what leads to it,
// Unsupported where Mac scripts cannot run. The script and every folder above it, up to `/` or to `treeRoot` (--root),
// must belong to root (in a tree: to the tree's owner, who stands in for root) and be writable by nobody else, and none
// may be a link: anyone who could change or swap one of them would choose what runs with administrator rights.
Result<void> checkScript(const std::filesystem::path& script, const std::optional<std::filesystem::path>& treeRoot);

} // namespace offramp::platform

#endif
