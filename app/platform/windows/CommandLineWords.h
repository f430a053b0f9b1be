// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_COMMANDLINEWORDS_H
#define OFFRAMP_PLATFORM_WINDOWS_COMMANDLINEWORDS_H

#include "engine/utils/Result.h"

#include <string>
#include <vector>

namespace offramp::platform::windows {

// The words of a Windows command line after the program's name, split as CommandLineToArgvW splits them, in
// UTF-8; an error of kind NotText, naming the word, when one holds a UTF-16 surrogate without its pair.
Result<std::vector<std::string>> commandLineWordsOf(const std::wstring& commandLine);

} // namespace offramp::platform::windows

#endif
