// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_COMMANDS_H
#define OFFRAMP_CLI_COMMANDS_H

#include <ostream>
#include <string>
#include <vector>

namespace offramp::cli {

// Each command takes the words after its name, prints to `out`, and returns its exit code;
// problems are thrown as CliError.
int runScan(const std::vector<std::string>& words, std::ostream& out);
int runExplain(const std::vector<std::string>& words, std::ostream& out);
int runCatalog(const std::vector<std::string>& words, std::ostream& out);

// Text for --help.
std::string usageText();

} // namespace offramp::cli

#endif
