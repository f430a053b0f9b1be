// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/CommandLine.h"

#include "platform/ShellQuote.h"

namespace offramp::platform {

Result<std::vector<std::string>> commandLineWords(int argc, char** argv)
{
    return argc > 1 ? std::vector<std::string>(argv + 1, argv + argc) : std::vector<std::string>{};
}

std::string quotedForDisplay(std::string_view word)
{
    return posixQuotedForDisplay(word);
}

} // namespace offramp::platform
