// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/CommandLine.h"

#include "engine/UninstallCommand.h"
#include "platform/ShellQuote.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <shellapi.h>

namespace offramp::platform {

std::vector<std::string> commandLineWords(int /*argc*/, char** /*argv*/)
{
    int count = 0;
    wchar_t** words = ::CommandLineToArgvW(::GetCommandLineW(), &count);
    std::vector<std::string> result;
    if (words == nullptr) {
        return result;
    }
    for (int index = 1; index < count; ++index) {
        result.push_back(windows::toUtf8(words[index]));
    }
    ::LocalFree(words);
    return result;
}

std::string quotedForDisplay(std::string_view word)
{
    return quoteWindowsArgument(word);
}

} // namespace offramp::platform
