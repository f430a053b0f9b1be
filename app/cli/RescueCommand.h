// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_RESCUECOMMAND_H
#define OFFRAMP_CLI_RESCUECOMMAND_H

#include <ostream>
#include <string>
#include <vector>

namespace offramp::cli {

// rescue [--platform linux|macos|windows] [--root DIR] --to OUT
// Copies the files at risk that the catalog locates (Password Manager backups, Backup stores, settings and
// trace files) into OUT with manifest.json (size and SHA-256 of each) and license.json (the products found).
// Run again after an interruption, it finishes the bundle. Exit 0 when the bundle is complete (files that
// cannot be read are listed, not fatal), CliError with ExitUsage for a wrong command line and ExitBadInput
// when OUT cannot be written (a full disk, another program's folder), with what it means and what to do.
int runRescue(const std::vector<std::string>& words, std::ostream& out);

// The command's lines for offramp-cli --help.
std::string rescueUsage();

} // namespace offramp::cli

#endif
