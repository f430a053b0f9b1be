// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_CLIMAIN_H
#define OFFRAMP_CLI_CLIMAIN_H

#include <string>
#include <vector>

namespace offramp::cli {

// offramp-cli: runs the command in `words` (the words after the program's name, in UTF-8) and returns the
// exit code of docs/CLI.md. offramp.exe runs it too, for "offramp --cli COMMAND ...", so that the wizard can
// start its removal with administrator rights from its own single file.
int runCli(std::vector<std::string> words);

} // namespace offramp::cli

#endif
