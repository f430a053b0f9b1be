// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_COMMANDLINE_H
#define OFFRAMP_PLATFORM_COMMANDLINE_H

#include "engine/utils/Result.h"

#include <string>
#include <vector>

namespace offramp::platform {

// The words this program was started with, after its own name, in UTF-8. On Windows they are read from
// the UTF-16 command line, since main()'s argv passes through the ANSI code page and would lose a name
// like "C:\Users\Дмитрий"; elsewhere they are argv as it is. A Windows word holding a UTF-16 surrogate without
// its pair (a name Windows allows, which UTF-8 cannot hold) is an error of kind NotText: turned into U+FFFD it
// would name another file.
Result<std::vector<std::string>> commandLineWords(int argc, char** argv);

} // namespace offramp::platform

#endif
