// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_SCRIPTCHECK_H
#define OFFRAMP_PLATFORM_SCRIPTCHECK_H

#include <string>

namespace offramp::platform {

// Why a vendor script may not run as root: "missing", a reason in a few words, or empty when it may. In a tree
// (--root) the tree's owner stands in for root.
std::string scriptProblem(const std::string& path, bool tree);

} // namespace offramp::platform

#endif
