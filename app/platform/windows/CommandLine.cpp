// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/CommandLine.h"

#include "engine/UninstallCommand.h"
#include "platform/ShellQuote.h"
#include "platform/windows/CommandLineWords.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <shellapi.h>

namespace offramp::platform {

namespace windows {

Result<std::vector<std::string>> commandLineWordsOf(const std::wstring& commandLine)
{
    int count = 0;
    wchar_t** words = ::CommandLineToArgvW(commandLine.c_str(), &count);
    if (words == nullptr) {
        return std::vector<std::string>{};
    }
    std::vector<std::string> result;
    for (int index = 1; index < count; ++index) {
        if (hasLoneSurrogate(words[index])) {
            // As U+FFFD the word would name another file: "--journal C:\x<D800>.json" would write C:\x�.json.
            const std::string shown = toUtf8(words[index]);
            ::LocalFree(words);
            return Error(ErrorKind::NotText,
                         "word " + std::to_string(index) + " of the command line, \"" + shown +
                             "\", is not valid Unicode text (it holds a UTF-16 surrogate without its pair, shown "
                             "here as \xEF\xBF\xBD), so Offramp cannot use it: rename the file or folder it names, "
                             "or choose another",
                         shown);
        }
        result.push_back(toUtf8(words[index]));
    }
    ::LocalFree(words);
    return result;
}

} // namespace windows

Result<std::vector<std::string>> commandLineWords(int /*argc*/, char** /*argv*/)
{
    return windows::commandLineWordsOf(::GetCommandLineW());
}

std::string quotedForDisplay(std::string_view word)
{
    return quoteWindowsArgument(word);
}

} // namespace offramp::platform
