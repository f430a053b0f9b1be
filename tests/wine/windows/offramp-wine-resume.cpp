// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only driver of resume at login and elevation on Windows, for the Wine tests:
//   offramp-wine-resume.exe schedule PROGRAM [ARGUMENT...]   prints where the entry went
//   offramp-wine-resume.exe show                             prints the entry as JSON, or null
//   offramp-wine-resume.exe cancel                           prints true or false
//   offramp-wine-resume.exe elevate PROGRAM [ARGUMENT...]    runs it through runElevated, prints the result
//   offramp-wine-resume.exe elevated                         prints whether this process is elevated
// Arguments are read from the UTF-16 command line, so that any text reaches the code under test; JSON is
// printed with \u escapes, so that no console code page gets in the way. Exit 1 on ResumeAtLoginError.
#include "engine/UninstallCommand.h"
#include "platform/Elevation.h"
#include "platform/ResumeAtLogin.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <string>
#include <vector>

using namespace offramp;
using namespace offramp::platform;

namespace {

std::string dumped(const nlohmann::json& value)
{
    return value.dump(-1, ' ', true);
}

} // namespace

int main()
{
    const std::vector<std::string> words = splitWindowsCommandLine(windows::toUtf8(::GetCommandLineW()));
    if (words.size() < 2) {
        std::cerr << "offramp-wine-resume: which command?\n";
        return 2;
    }
    const std::string& command = words[1];
    const std::vector<std::string> rest(words.begin() + 2, words.end());
    try {
        if (command == "schedule" && !rest.empty()) {
            std::cout << scheduleResumeAtLogin({rest.front(), {rest.begin() + 1, rest.end()}}) << '\n';
        } else if (command == "show") {
            const auto entry = scheduledResumeAtLogin();
            std::cout << (entry ? dumped({{"program", entry->program}, {"arguments", entry->arguments}}) : "null")
                      << '\n';
        } else if (command == "cancel") {
            std::cout << (cancelResumeAtLogin() ? "true" : "false") << '\n';
        } else if (command == "elevate" && !rest.empty()) {
            const ElevatedResult result = runElevated({rest.front(), {rest.begin() + 1, rest.end()}, {}});
            std::cout << dumped({{"started", result.started},
                                 {"cancelled", result.cancelled},
                                 {"exit_code", result.exitCode},
                                 {"failure", result.failure}})
                      << '\n';
        } else if (command == "elevated") {
            std::cout << (runningElevated() ? "true" : "false") << '\n';
        } else {
            std::cerr << "offramp-wine-resume: unknown command " << command << '\n';
            return 2;
        }
    } catch (const ResumeAtLoginError& error) {
        std::cerr << "offramp-wine-resume: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
