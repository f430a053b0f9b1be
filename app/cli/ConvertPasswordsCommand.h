// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_CONVERTPASSWORDSCOMMAND_H
#define OFFRAMP_CLI_CONVERTPASSWORDSCOMMAND_H

#include "engine/PasswordCsv.h"

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

// What had no column in the target format and went into the notes instead, one English sentence for each kind
// (e.g. "Login name (an alias of the account; Bitwarden's CSV has no column for it) is in the notes of 3 entries").
std::vector<std::string> notesSentences(const ConversionReport& report);

// The command's lines for offramp-cli --help.
std::string convertPasswordsUsage();

} // namespace offramp::cli

#endif
