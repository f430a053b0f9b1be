// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_CONVERTPASSWORDSCOMMAND_H
#define OFFRAMP_CLI_CONVERTPASSWORDSCOMMAND_H

#include <ostream>
#include <string>
#include <vector>

namespace offramp::cli {

// convert-passwords --from kpm-txt IN --to bitwarden-csv|1password-csv|keepassxc-csv|google-csv OUT
// Reads Kaspersky Password Manager's text export and writes the CSV another manager imports, owner-only and
// never over an existing file. Prints what it read, wrote and skipped (never a password). Exit 0 when written,
// CliError with ExitUsage for a wrong command line and ExitBadInput for a malformed export (with its line),
// an existing OUT or a file that cannot be written.
int runConvertPasswords(const std::vector<std::string>& words, std::ostream& out);

// The command's lines for offramp-cli --help.
std::string convertPasswordsUsage();

} // namespace offramp::cli

#endif
