// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only look at folder security on Windows, for the Wine tests:
//   offramp-wine-acl.exe built            prints the descriptor AdminWriteSecurity builds, as SDDL
//   offramp-wine-acl.exe show FOLDER      prints the folder's owner and access list, as SDDL
//   offramp-wine-acl.exe problems FOLDER  prints what adminFolderProblems finds, one line each
//   offramp-wine-acl.exe secure FOLDER    runs secureAdminFolder; prints "created", "fixed: ..." or "kept"
//   offramp-wine-acl.exe loosen FOLDER    makes the folder the current user's, with Users allowed to change it
//                                         (as a folder someone else made first, or an older Offramp's)
// Exit 1 when a call fails, with the reason on standard error.
#include "platform/windows/AdminFolder.h"
#include "platform/windows/OwnerOnlySecurity.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <aclapi.h>
#include <exception>
#include <iostream>
#include <sddl.h>
#include <string>
#include <vector>

using namespace offramp::platform::windows;

namespace {

constexpr SECURITY_INFORMATION kShown = OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;

std::string sddl(PSECURITY_DESCRIPTOR descriptor)
{
    LPWSTR text = nullptr;
    if (::ConvertSecurityDescriptorToStringSecurityDescriptorW(descriptor, SDDL_REVISION_1, kShown, &text, nullptr) ==
        0) {
        throw std::runtime_error("cannot show the descriptor: " + win32ErrorText(::GetLastError()));
    }
    std::string shown = toUtf8(text);
    ::LocalFree(text);
    return shown;
}

std::string shownFolder(const std::wstring& folder)
{
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD status = ::GetNamedSecurityInfoW(folder.c_str(), SE_FILE_OBJECT, kShown, nullptr, nullptr, nullptr,
                                                 nullptr, &descriptor);
    if (status != ERROR_SUCCESS) {
        throw std::runtime_error("cannot read the folder's security: " + win32ErrorText(status));
    }
    std::string shown = sddl(descriptor);
    ::LocalFree(descriptor);
    return shown;
}

void loosen(const std::wstring& folder)
{
    HANDLE token = nullptr;
    ::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token);
    DWORD needed = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &needed);
    std::vector<BYTE> user(needed);
    ::GetTokenInformation(token, TokenUser, user.data(), needed, &needed);
    ::CloseHandle(token);
    PSID me = reinterpret_cast<TOKEN_USER*>(user.data())->User.Sid;
    WellKnownSid users(WinBuiltinUsersSid);
    WellKnownSid administrators(WinBuiltinAdministratorsSid);
    ProtectedSecurity loose(
        {{administrators.get(), FILE_ALL_ACCESS}, {users.get(), FILE_ALL_ACCESS}, {me, FILE_ALL_ACCESS}}, true);
    std::wstring path = folder;
    const DWORD status = ::SetNamedSecurityInfoW(path.data(), SE_FILE_OBJECT,
                                                 OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION |
                                                     UNPROTECTED_DACL_SECURITY_INFORMATION,
                                                 me, nullptr, loose.acl(), nullptr);
    if (status != ERROR_SUCCESS) {
        throw std::runtime_error("cannot loosen the folder: " + win32ErrorText(status));
    }
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const std::string command = argc > 1 ? argv[1] : "";
        const std::wstring folder = argc > 2 ? toWide(argv[2]) : L"";
        if (command == "built") {
            AdminWriteSecurity security;
            std::cout << sddl(security.attributes()->lpSecurityDescriptor) << '\n';
        } else if (command == "show" && argc == 3) {
            std::cout << shownFolder(folder) << '\n';
        } else if (command == "problems" && argc == 3) {
            for (const auto& problem : adminFolderProblems(folder)) {
                std::cout << problem << '\n';
            }
        } else if (command == "secure" && argc == 3) {
            const auto result = secureAdminFolder(folder);
            if (result.created) {
                std::cout << "created\n";
            } else if (!result.fixed.empty()) {
                for (const auto& problem : result.fixed) {
                    std::cout << "fixed: " << problem << '\n';
                }
            } else {
                std::cout << "kept\n";
            }
        } else if (command == "loosen" && argc == 3) {
            loosen(folder);
        } else {
            std::cerr << "offramp-wine-acl: built | show FOLDER | problems FOLDER | secure FOLDER | loosen FOLDER\n";
            return 2;
        }
    } catch (const std::exception& error) {
        std::cerr << "offramp-wine-acl: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
