// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_VERIFYCOMMAND_H
#define OFFRAMP_CLI_VERIFYCOMMAND_H

#include <ostream>
#include <string>
#include <vector>

namespace offramp::cli {

// verify OUT: hashes every file a rescue bundle's manifest lists. Exit 0 when all match; ExitBadInput when one
// is missing, has another size or another SHA-256 (each named on stderr, with why), or OUT is no bundle.
int runVerify(const std::vector<std::string>& words, std::ostream& out, std::ostream& err);

// The command's lines for offramp-cli --help.
std::string verifyUsage();

} // namespace offramp::cli

#endif
