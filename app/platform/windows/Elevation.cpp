// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Elevation.h"

#include "engine/UninstallCommand.h"
#include "engine/utils/WindowsPath.h"
#include "platform/windows/ElevationRefusal.h"
#include "platform/windows/Handle.h"
#include "platform/windows/InputPipeServer.h"
#include "platform/windows/Registry.h"
#include "platform/windows/UacPrompt.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <optional>
#include <string_view>
#include <vector>

namespace offramp::platform {

namespace {

using utils::isAbsoluteWindowsPath;
using windows::Handle;
using windows::InputPipeServer;
using windows::toWide;
using windows::win32ErrorText;

constexpr std::chrono::minutes kInputPipeWait{2};

} // namespace

ElevatedResult windows::notElevated(DWORD error, const std::string& program)
{
    ElevatedResult result;
    if (error == ERROR_CANCELLED) {
        // Windows' own answer when the person chooses No at the UAC prompt.
        result.cancelled = true;
        result.failure = "the administrator prompt was dismissed, so nothing was run; try again when you are ready";
    } else {
        result.failure = "cannot start " + program + " with administrator rights: " + win32ErrorText(error);
    }
    return result;
}

ElevatedResult runElevated(const ElevatedRequest& request)
{
    ElevatedResult result;
    if (!isAbsoluteWindowsPath(request.program)) {
        result.failure =
            "cannot run \"" + request.program + "\" with administrator rights: its absolute path is needed";
        return result;
    }
    // UAC gives the program no standard input: a secret goes through a pipe that only it may read.
    std::optional<InputPipeServer> input;
    std::vector<std::string> arguments = request.arguments;
    if (!request.input.empty()) {
        input.emplace(request.input);
        if (input->name().empty()) {
            result.failure = input->failure();
            return result;
        }
        arguments.insert(arguments.end(), {"--input-pipe", input->name()});
    }
    const std::wstring file = toWide(request.program);
    const std::wstring parameters = toWide(joinWindowsCommandLine(arguments));
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof(info);
    // NOCLOSEPROCESS: a handle to wait on; NOASYNC: done before this returns; FLAG_NO_UI: errors come back here.
    info.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
    // The UAC prompt belongs to the window the person is using (the wizard), so that it comes to the front.
    info.hwnd = ::GetForegroundWindow();
    info.lpVerb = L"runas";
    info.lpFile = file.c_str();
    info.lpParameters = parameters.empty() ? nullptr : parameters.c_str();
    // offramp-cli needs no console window: the wizard follows the removal through its journal.
    info.nShow = SW_HIDE;
    if (windows::askUac(info) == FALSE) {
        return windows::notElevated(::GetLastError(), request.program);
    }
    result.started = true;
    const Handle process(info.hProcess);
    if (process.get() == nullptr) {
        result.failure = "Windows started " + request.program +
                         " but gave no process to wait for; its journal says "
                         "how far it got";
        return result;
    }
    if (input) {
        // The program asks for it at once; if it does not within the limit, it never gets it.
        input->serve(process.get(), kInputPipeWait);
    }
    const auto milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(kElevatedTimeout).count();
    if (::WaitForSingleObject(process.get(), static_cast<DWORD>(milliseconds)) != WAIT_OBJECT_0) {
        result.failure = request.program + " did not finish within " + std::to_string(kElevatedTimeout.count()) +
                         " hours; it may still be running, and its journal says how far it got";
        return result;
    }
    DWORD code = 0;
    if (::GetExitCodeProcess(process.get(), &code) == 0) {
        result.failure = "cannot read the exit code of " + request.program + ": " + win32ErrorText(::GetLastError());
        return result;
    }
    result.exitCode = static_cast<int>(code);
    return result;
}

bool runningElevated()
{
    HANDLE token = nullptr;
    if (::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token) == 0) {
        return false;
    }
    const Handle owned(token);
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    return ::GetTokenInformation(owned.get(), TokenElevation, &elevation, sizeof(elevation), &size) != 0 &&
           elevation.TokenIsElevated != 0;
}

} // namespace offramp::platform
