// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ResumeAtLogin.h"

#include "engine/UninstallCommand.h"
#include "engine/utils/WindowsPath.h"
#include "platform/common/ResumeEntryCheck.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <string_view>

// Windows: a value under HKCU\...\RunOnce, which Explorer runs at the user's next login and deletes as it
// runs it.
namespace offramp::platform {

namespace {

using utils::isAbsoluteWindowsPath;
using windows::toUtf8;
using windows::toWide;
using windows::win32ErrorText;

constexpr const wchar_t* kRunOnceKey = L"Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce";
constexpr const wchar_t* kValueName = L"OfframpResume";
constexpr std::string_view kWhere =
    "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce\\OfframpResume";
// Microsoft documents Run and RunOnce command lines as at most 260 characters.
constexpr std::size_t kLongestCommandLine = 260;

// A registry key handle that closes itself.
class OpenedKey
{
public:
    explicit OpenedKey(HKEY key)
        : m_key(key)
    {}
    ~OpenedKey() { ::RegCloseKey(m_key); }
    OpenedKey(const OpenedKey&) = delete;
    OpenedKey& operator=(const OpenedKey&) = delete;
    OpenedKey(OpenedKey&&) = delete;
    OpenedKey& operator=(OpenedKey&&) = delete;

    HKEY get() const { return m_key; }

private:
    HKEY m_key;
};

} // namespace

std::string scheduleResumeAtLogin(const ResumeEntry& entry)
{
    checkResumeEntryText(entry);
    if (!isAbsoluteWindowsPath(entry.program)) {
        throw resumeAtLoginError("the program \"" + entry.program + "\" is not an absolute path");
    }
    std::vector<std::string> argv{entry.program};
    argv.insert(argv.end(), entry.arguments.begin(), entry.arguments.end());
    const std::wstring commandLine = toWide(joinWindowsCommandLine(argv));
    if (commandLine.size() > kLongestCommandLine) {
        throw resumeAtLoginError("its command line is " + std::to_string(commandLine.size()) +
                                 " characters long, and RunOnce holds at most " + std::to_string(kLongestCommandLine));
    }
    HKEY handle = nullptr;
    // Created if missing: a fresh profile need not have the key yet.
    LSTATUS status = ::RegCreateKeyExW(HKEY_CURRENT_USER, kRunOnceKey, 0, nullptr, REG_OPTION_NON_VOLATILE,
                                       KEY_SET_VALUE, nullptr, &handle, nullptr);
    if (status != ERROR_SUCCESS) {
        throw resumeAtLoginError("cannot open the RunOnce key of HKEY_CURRENT_USER: " + win32ErrorText(status));
    }
    const OpenedKey key(handle);
    const auto bytes = static_cast<DWORD>((commandLine.size() + 1) * sizeof(wchar_t));
    status =
        ::RegSetValueExW(key.get(), kValueName, 0, REG_SZ, reinterpret_cast<const BYTE*>(commandLine.c_str()), bytes);
    if (status != ERROR_SUCCESS) {
        throw resumeAtLoginError("cannot write " + std::string(kWhere) + ": " + win32ErrorText(status));
    }
    return std::string(kWhere);
}

bool cancelResumeAtLogin()
{
    const LSTATUS status = ::RegDeleteKeyValueW(HKEY_CURRENT_USER, kRunOnceKey, kValueName);
    if (status == ERROR_SUCCESS) {
        return true;
    }
    if (status == ERROR_FILE_NOT_FOUND || status == ERROR_PATH_NOT_FOUND) {
        return false;
    }
    throw ResumeAtLoginError("cannot remove " + std::string(kWhere) + ": " + win32ErrorText(status) +
                             "; delete it with Registry Editor, or Offramp opens once more at the next login");
}

std::optional<ResumeEntry> scheduledResumeAtLogin()
{
    const auto key = windows::RegistryKey::open(HKEY_CURRENT_USER, kRunOnceKey);
    const auto value = key.stringValue(kValueName);
    if (!value) {
        return std::nullopt;
    }
    auto argv = splitWindowsCommandLine(toUtf8(*value));
    if (argv.empty()) {
        throw ResumeAtLoginError(std::string(kWhere) + " is empty; delete it with Registry Editor");
    }
    ResumeEntry entry;
    entry.program = std::move(argv.front());
    entry.arguments.assign(std::make_move_iterator(argv.begin() + 1), std::make_move_iterator(argv.end()));
    return entry;
}

} // namespace offramp::platform
