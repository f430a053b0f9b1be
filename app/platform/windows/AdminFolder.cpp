// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/AdminFolder.h"

#include "engine/utils/Error.h"
#include "platform/Elevation.h"
#include "platform/windows/Handle.h"
#include "platform/windows/OwnerOnlySecurity.h"
#include "platform/windows/Privilege.h"
#include "platform/windows/Registry.h"
#include "platform/windows/TokenUser.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <aclapi.h>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <sddl.h>
#include <system_error>
#include <utility>

namespace offramp::platform::windows {

namespace {

// Every right that changes a folder or what is in it (makes, writes, deletes, renames, changes rights).
constexpr DWORD kChanging = FILE_WRITE_DATA | FILE_APPEND_DATA | FILE_WRITE_EA | FILE_WRITE_ATTRIBUTES |
                            FILE_DELETE_CHILD | DELETE | WRITE_DAC | WRITE_OWNER | GENERIC_WRITE | GENERIC_ALL;

// The folder itself, never where a link in its place leads, opened with `access`; and Windows' error when it
// could not be.
struct FolderHandle
{
    FolderHandle(const std::filesystem::path& folder, DWORD access)
        : handle(::CreateFileW(folder.wstring().c_str(), access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                               nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT,
                               nullptr))
        , error(handle ? ERROR_SUCCESS : ::GetLastError())
    {}

    HANDLE get() const { return handle.get(); }
    bool valid() const { return handle.valid(); }

    Handle handle;
    DWORD error;
};

std::string where(const std::filesystem::path& folder)
{
    return toUtf8(folder.wstring());
}

// What went wrong with a folder, of the kind of the system's error code, with the folder as its subject.
Error folderError(DWORD code, const std::string& message, const std::filesystem::path& folder)
{
    return {errorKindOf(std::error_code(static_cast<int>(code), std::system_category())), message, where(folder)};
}

bool adminOrSystem(PSID sid)
{
    return ::IsWellKnownSid(sid, WinBuiltinAdministratorsSid) != 0 || ::IsWellKnownSid(sid, WinLocalSystemSid) != 0;
}

std::string accountName(PSID sid)
{
    std::array<wchar_t, 256> name{};
    std::array<wchar_t, 256> domain{};
    auto nameSize = static_cast<DWORD>(name.size());
    auto domainSize = static_cast<DWORD>(domain.size());
    SID_NAME_USE use{};
    if (::LookupAccountSidW(nullptr, sid, name.data(), &nameSize, domain.data(), &domainSize, &use) != 0) {
        const std::wstring account(name.data());
        return toUtf8(domain[0] == L'\0' ? account : std::wstring(domain.data()) + L"\\" + account);
    }
    LPWSTR text = nullptr;
    if (::ConvertSidToStringSidW(sid, &text) != 0) {
        std::string shown = toUtf8(text);
        ::LocalFree(text);
        return shown;
    }
    return "an unknown account";
}

struct Problem
{
    std::string phrase;
    bool self = false; // about the account this program runs as, not someone else
};

std::vector<Problem> problemsOf(HANDLE folder, const std::filesystem::path& path)
{
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD status =
        ::GetSecurityInfo(folder, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner,
                          nullptr, &dacl, nullptr, &descriptor);
    if (status != ERROR_SUCCESS) {
        throw folderError(status, "cannot read who may change " + where(path) + ": " + win32ErrorText(status), path);
    }
    const std::unique_ptr<void, decltype(&::LocalFree)> held(descriptor, &::LocalFree);
    const std::vector<BYTE> user = tokenUser();
    const auto isSelf = [&](PSID sid) {
        return !user.empty() && ::EqualSid(sid, reinterpret_cast<const TOKEN_USER*>(user.data())->User.Sid) != 0;
    };
    std::vector<Problem> problems;
    const auto add = [&](std::string phrase, bool self) {
        if (std::ranges::none_of(problems, [&](const Problem& known) { return known.phrase == phrase; })) {
            problems.push_back({std::move(phrase), self});
        }
    };
    // Its owner may always change its rights.
    if (owner == nullptr || !adminOrSystem(owner)) {
        add("its owner is " + (owner == nullptr ? std::string("nobody") : accountName(owner)),
            owner != nullptr && isSelf(owner));
    }
    if (dacl == nullptr) {
        add("it has no access list, so everyone may change it", false);
    }
    for (DWORD i = 0; dacl != nullptr && i < dacl->AceCount; ++i) {
        void* ace = nullptr;
        if (::GetAce(dacl, i, &ace) == 0) {
            continue;
        }
        const BYTE type = static_cast<const ACE_HEADER*>(ace)->AceType;
        if (type == ACCESS_DENIED_ACE_TYPE || type == ACCESS_DENIED_CALLBACK_ACE_TYPE) {
            continue; // only ever takes rights away
        }
        if (type != ACCESS_ALLOWED_ACE_TYPE && type != ACCESS_ALLOWED_CALLBACK_ACE_TYPE) {
            add("its access list holds an entry of a kind Offramp does not check", false);
            continue;
        }
        auto* allowed = static_cast<ACCESS_ALLOWED_ACE*>(ace);
        PSID who = &allowed->SidStart;
        if ((allowed->Mask & kChanging) != 0 && !adminOrSystem(who)) {
            add(accountName(who) + " may change it", isSelf(who));
        }
    }
    return problems;
}

std::vector<std::string> phrases(const std::vector<Problem>& problems, bool onlyOthers = false)
{
    std::vector<std::string> text;
    for (const auto& problem : problems) {
        if (!onlyOthers || !problem.self) {
            text.push_back(problem.phrase);
        }
    }
    return text;
}

bool anyOthers(const std::vector<Problem>& problems)
{
    return std::ranges::any_of(problems, [](const Problem& problem) { return !problem.self; });
}

std::string joined(const std::vector<std::string>& parts)
{
    std::string text;
    for (const auto& phrase : parts) {
        text += (text.empty() ? "" : "; ") + phrase;
    }
    return text;
}

std::mutex& notesMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<std::string>& notes()
{
    static std::vector<std::string> kept;
    return kept;
}

} // namespace

std::filesystem::path adminJournalFolder()
{
    const wchar_t* base = _wgetenv(L"ProgramData");
    if (base == nullptr || *base == L'\0') {
        return std::filesystem::path(L"C:\\ProgramData\\Offramp");
    }
    return std::filesystem::path(base) / L"Offramp";
}

std::vector<std::string> adminFolderProblems(const std::filesystem::path& folder)
{
    const FolderHandle handle(folder, READ_CONTROL);
    if (!handle.valid()) {
        throw folderError(handle.error, "cannot open " + where(folder) + ": " + win32ErrorText(handle.error), folder);
    }
    return phrases(problemsOf(handle.get(), folder));
}

AdminFolderResult secureAdminFolder(const std::filesystem::path& folder)
{
    AdminFolderResult result;
    AdminWriteSecurity security;
    if (::CreateDirectoryW(folder.wstring().c_str(), security.attributes()) != 0) {
        result.created = true;
    } else if (const DWORD error = ::GetLastError(); error != ERROR_ALREADY_EXISTS) {
        throw folderError(error, "cannot make the folder " + where(folder) + ": " + win32ErrorText(error), folder);
    }
    constexpr DWORD kAccess = READ_CONTROL | WRITE_DAC | WRITE_OWNER;
    std::optional<FolderHandle> handle;
    handle.emplace(folder, kAccess);
    if (!handle->valid() && handle->error == ERROR_ACCESS_DENIED) {
        // Someone else's folder that shuts administrators out: an administrator may still take it over.
        enablePrivilege(SE_TAKE_OWNERSHIP_NAME);
        const FolderHandle owning(folder, WRITE_OWNER);
        if (owning.valid()) {
            ::SetSecurityInfo(owning.get(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, security.administrators(),
                              nullptr, nullptr, nullptr);
        }
        handle.emplace(folder, kAccess);
    }
    if (!handle->valid()) {
        throw folderError(
            handle->error,
            "cannot open " + where(folder) + " to check who may change it: " + win32ErrorText(handle->error), folder);
    }
    BY_HANDLE_FILE_INFORMATION information{};
    if (::GetFileInformationByHandle(handle->get(), &information) == 0) {
        const DWORD error = ::GetLastError();
        throw folderError(error, "cannot read " + where(folder) + ": " + win32ErrorText(error), folder);
    }
    if ((information.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0 ||
        (information.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) == 0) {
        throw Error(ErrorKind::NotAFile,
                    where(folder) +
                        " is a link or a file, not a folder Offramp made; nothing was written there. Move it "
                        "away (it was left as it is), then run the same command again",
                    where(folder));
    }
    const auto problems = problemsOf(handle->get(), folder);
    if (problems.empty()) {
        return result;
    }
    // The owner and the protected access list at once; files inside keep their own rights, and the journal,
    // replaced whole at every save, gets the folder's.
    const DWORD status =
        ::SetSecurityInfo(handle->get(), SE_FILE_OBJECT,
                          OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                          security.administrators(), nullptr, security.acl(), nullptr);
    const auto left = status == ERROR_SUCCESS ? problemsOf(handle->get(), folder) : problems;
    // What may be left is only the account this removal runs as, where the file system does not keep an access
    // list as given (Wine derives one from the Unix permissions); Windows' own file systems keep it whole.
    if (status != ERROR_SUCCESS || anyOthers(left)) {
        throw Error(ErrorKind::NoPermission,
                    where(folder) + " lets others than administrators change it (" + joined(phrases(left)) +
                        ") and this could not be fixed" +
                        (status != ERROR_SUCCESS ? ": " + win32ErrorText(status) : "") +
                        ". Nothing was written there; give it to Administrators (its Properties, Security tab), or "
                        "choose another "
                        "place with --journal",
                    where(folder));
    }
    if (!result.created && anyOthers(problems)) {
        result.fixed = phrases(problems, true);
        std::string note = "The folder " + where(folder) + " let others than administrators change it (" +
                           joined(result.fixed) +
                           "); it now lets only Administrators and SYSTEM change it, and nothing in it was deleted.";
        if (!left.empty()) {
            note += " Its file system did not keep the access list as given: it still shows " + joined(phrases(left)) +
                    ", the account this removal runs as.";
        }
        const std::scoped_lock lock(notesMutex());
        notes().push_back(std::move(note));
    }
    return result;
}

void prepareJournalFolder(const std::filesystem::path& folder)
{
    const std::wstring given = folder.lexically_normal().wstring();
    const std::wstring journal = adminJournalFolder().lexically_normal().wstring();
    if (::CompareStringOrdinal(given.c_str(), static_cast<int>(given.size()), journal.c_str(),
                               static_cast<int>(journal.size()), TRUE) != CSTR_EQUAL ||
        !runningElevated()) {
        return;
    }
    std::error_code ignored;
    std::filesystem::create_directories(folder.parent_path(), ignored);
    secureAdminFolder(folder);
}

std::vector<std::string> takeAdminFolderNotes()
{
    const std::scoped_lock lock(notesMutex());
    return std::exchange(notes(), {});
}

} // namespace offramp::platform::windows
