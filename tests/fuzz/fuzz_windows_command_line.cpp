// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows command-line splitter (engine/UninstallCommand), which takes apart uninstall strings from the
// registry. Its arguments, quoted again as Offramp quotes what it runs, split back to the same words.
#include "FuzzSupport.h"
#include "engine/UninstallCommand.h"

#include <string>
#include <vector>

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view line = fuzz::text(data, size);
    std::vector<std::string> words = splitWindowsCommandLine(line);
    fuzz::require(line.find_first_not_of(" \t") == std::string_view::npos || !words.empty(),
                  "a command line with text but no program");
    if (words.empty()) {
        return 0;
    }
    // The program name follows other rules (no escapes): a plain one stands in for it.
    words.front() = "C:\\Program Files\\Offramp\\offramp.exe";
    fuzz::require(splitWindowsCommandLine(joinWindowsCommandLine(words)) == words,
                  "arguments that do not split back as they were quoted");
    static_cast<void>(normalizeProductCode(line));
    static_cast<void>(utf16LeHex(line));
    return 0;
}
