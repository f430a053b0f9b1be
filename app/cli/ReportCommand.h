// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_REPORTCOMMAND_H
#define OFFRAMP_CLI_REPORTCOMMAND_H

#include <ostream>
#include <string>
#include <vector>

namespace offramp::cli {

// report [--format html|json|csv] [--output FILE] INPUT...
// Merges scan results, removal journals, rescue manifests and the fleet playbook's host records (files, or
// folders searched for *.json) into one report, one row per host and product. Each file that cannot be read is
// named on `err` in one line and listed in the report as unreadable; the others still count. Exit 0 when every
// input was read, ExitBadInput when the report was written without some (or could not be written at all),
// ExitUsage for a wrong command line.
int runReport(const std::vector<std::string>& words, std::ostream& out, std::ostream& err);

// The command's lines for offramp-cli --help.
std::string reportUsage();

} // namespace offramp::cli

#endif
