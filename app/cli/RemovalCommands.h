// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_REMOVALCOMMANDS_H
#define OFFRAMP_CLI_REMOVALCOMMANDS_H

#include <ostream>
#include <string>
#include <vector>

namespace offramp::cli {

// plan: what a removal would do, changing nothing. remove: does it, with a journal. resume: finishes the
// removal a journal describes.
int runPlan(const std::vector<std::string>& words, std::ostream& out);
int runRemove(const std::vector<std::string>& words, std::ostream& out);
int runResume(const std::vector<std::string>& words, std::ostream& out);

std::string removalUsage();

} // namespace offramp::cli

#endif
