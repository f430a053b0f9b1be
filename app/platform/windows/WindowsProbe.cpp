// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/WindowsProbe.h"

#include "engine/Glob.h"
#include "platform/windows/Registry.h"
#include "platform/windows/TokenUser.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <algorithm>
#include <array>
#include <sddl.h>
#include <string>
#include <vector>

namespace offramp::platform::windows {

namespace {

constexpr const wchar_t* kUninstall = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall";
constexpr const char* kUninstallText = "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall";
constexpr const char* kUserUninstallText = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall";
// Enough for any real machine; a registry that keeps growing while it is read cannot hold the scan forever.
constexpr std::size_t kMaxPathMatches = 4096;

bool sameName(const std::wstring& a, const wchar_t* b)
{
    return ::CompareStringOrdinal(a.c_str(), -1, b, -1, TRUE) == CSTR_EQUAL;
}

std::string text(const std::optional<std::wstring>& value)
{
    return value ? toUtf8(*value) : std::string();
}

struct Account
{
    std::string name;
    std::wstring sid;
};

std::wstring sidText(PSID sid)
{
    wchar_t* buffer = nullptr;
    if (::ConvertSidToStringSidW(sid, &buffer) == 0 || buffer == nullptr) {
        return {};
    }
    std::wstring result(buffer);
    ::LocalFree(buffer);
    return result;
}

// The account name of a SID, or the SID itself when the account is unknown here (a deleted or domain user).
std::string accountName(PSID sid, const std::wstring& fallback)
{
    std::array<wchar_t, 256> name{};
    std::array<wchar_t, 256> domain{};
    auto nameLength = static_cast<DWORD>(name.size());
    auto domainLength = static_cast<DWORD>(domain.size());
    SID_NAME_USE use{};
    if (::LookupAccountSidW(nullptr, sid, name.data(), &nameLength, domain.data(), &domainLength, &use) != 0 &&
        nameLength > 0) {
        return toUtf8(std::wstring_view(name.data(), nameLength));
    }
    return toUtf8(fallback);
}

std::string accountNameOf(const std::wstring& sid)
{
    PSID binary = nullptr;
    if (::ConvertStringSidToSidW(sid.c_str(), &binary) == 0 || binary == nullptr) {
        return toUtf8(sid);
    }
    std::string name = accountName(binary, sid);
    ::LocalFree(binary);
    return name;
}

Account currentAccount()
{
    Account account;
    if (const std::vector<BYTE> buffer = tokenUser(); !buffer.empty()) {
        const auto* user = reinterpret_cast<const TOKEN_USER*>(buffer.data());
        account.sid = sidText(user->User.Sid);
        account.name = accountName(user->User.Sid, account.sid);
    }
    if (account.name.empty()) {
        std::array<wchar_t, 257> name{};
        auto length = static_cast<DWORD>(name.size());
        if (::GetUserNameW(name.data(), &length) != 0 && length > 1) {
            account.name = toUtf8(std::wstring_view(name.data(), length - 1));
        }
    }
    return account;
}

class Reader
{
public:
    Reader(const Watchlist& watchlist, MachineFacts& machine)
        : m_watchlist(watchlist)
        , m_machine(machine)
    {}

    void uninstallEntries(HKEY root, REGSAM view, const std::wstring& path, const std::string& wherePrefix,
                          const std::string& user)
    {
        const auto uninstall = RegistryKey::open(root, path, view);
        if (!uninstall) {
            return; // a hive without the key has nothing installed per user
        }
        for (const auto& keyName : uninstall.subkeys()) {
            const auto entry = uninstall.child(keyName);
            const std::string displayName = text(entry.stringValue(L"DisplayName"));
            // The catalog matches display names: an entry without one cannot be told apart.
            if (displayName.empty() || !m_watchlist.wants(SignatureKind::UninstallNames, displayName)) {
                continue;
            }
            Fact fact;
            fact.kind = FactKind::UninstallEntry;
            fact.name = displayName;
            fact.id = toUtf8(keyName);
            fact.version = text(entry.stringValue(L"DisplayVersion"));
            fact.publisher = text(entry.stringValue(L"Publisher"));
            fact.where = wherePrefix + "\\" + fact.id;
            fact.user = user;
            m_machine.facts.push_back(std::move(fact));
        }
    }

    // The KasperskyLab tree, in the shapes the footprint lists (kaspersky-footprint.md 1.6): product keys
    // directly below the root or below protected\, Components\<group>\<id> and their Connectors,
    // WSEE\<version> and the old InstalledProducts\<name>. Not every key: the tree holds thousands.
    void kasperskyLab(HKEY root, const std::wstring& path, const std::string& name, const std::string& user)
    {
        const auto lab = RegistryKey::open(root, path);
        if (!lab) {
            return;
        }
        labKey(lab, name, user);
        for (const auto& childName : lab.subkeys()) {
            const auto child = lab.child(childName);
            const std::string childText = name + "\\" + toUtf8(childName);
            if (sameName(childName, L"protected") || sameName(childName, L"WSEE") ||
                sameName(childName, L"InstalledProducts")) {
                eachChild(child, childText,
                          [&](const RegistryKey& key, const std::string& keyText) { labKey(key, keyText, user); });
            } else if (sameName(childName, L"Components")) {
                eachChild(child, childText, [&](const RegistryKey& group, const std::string& groupText) {
                    for (const auto& idName : group.subkeys()) {
                        const auto item = group.child(idName);
                        const std::string itemText = groupText + "\\" + toUtf8(idName);
                        if (!sameName(idName, L"Connectors")) {
                            labKey(item, itemText, user);
                            continue;
                        }
                        eachChild(item, itemText, [&](const RegistryKey& connector, const std::string& connectorText) {
                            eachChild(connector, connectorText,
                                      [&](const RegistryKey& key, const std::string& keyText) {
                                          labKey(key, keyText, user);
                                      });
                        });
                    }
                });
            } else {
                labKey(child, childText, user);
            }
        }
    }

    void services()
    {
        SC_HANDLE manager = ::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_ENUMERATE_SERVICE);
        if (manager == nullptr) {
            m_machine.warnings.push_back("services and drivers could not be listed: " +
                                         win32ErrorText(::GetLastError()));
            return;
        }
        std::vector<BYTE> buffer(std::size_t{64} * 1024);
        DWORD resume = 0;
        for (int round = 0; round < 64; ++round) {
            DWORD needed = 0;
            DWORD count = 0;
            const BOOL done = ::EnumServicesStatusExW(
                manager, SC_ENUM_PROCESS_INFO, SERVICE_WIN32 | SERVICE_DRIVER, SERVICE_STATE_ALL, buffer.data(),
                static_cast<DWORD>(buffer.size()), &needed, &count, &resume, nullptr);
            const DWORD error = done != 0 ? ERROR_SUCCESS : ::GetLastError();
            if (done == 0 && error != ERROR_MORE_DATA) {
                m_machine.warnings.push_back("services and drivers could not be listed: " + win32ErrorText(error));
                break;
            }
            const auto* entries = reinterpret_cast<const ENUM_SERVICE_STATUS_PROCESSW*>(buffer.data());
            for (DWORD i = 0; i < count; ++i) {
                service(entries[i]);
            }
            if (done != 0) {
                break;
            }
            if (needed > buffer.size()) {
                buffer.resize(needed);
            }
        }
        ::CloseServiceHandle(manager);
    }

    void paths(const std::vector<std::string>& productRoots)
    {
        for (const auto& pattern : m_watchlist.paths()) {
            expand(pattern);
        }
        // An install folder the registry names (ProductRoot), when it is one the catalog looks for.
        for (const auto& folder : productRoots) {
            std::string trimmed = folder;
            while (trimmed.size() > 3 && (trimmed.back() == '\\' || trimmed.back() == '/')) {
                trimmed.pop_back();
            }
            const bool wanted = std::ranges::any_of(
                m_watchlist.paths(), [&](const std::string& pattern) { return pathMatches(pattern, trimmed); });
            if (wanted && ::GetFileAttributesW(toWide(trimmed).c_str()) != INVALID_FILE_ATTRIBUTES) {
                addPath(trimmed);
            }
        }
    }

    const std::vector<std::string>& productRoots() const { return m_productRoots; }

private:
    template <typename Visit>
    static void eachChild(const RegistryKey& parent, const std::string& parentText, Visit visit)
    {
        for (const auto& childName : parent.subkeys()) {
            visit(parent.child(childName), parentText + "\\" + toUtf8(childName));
        }
    }

    void labKey(const RegistryKey& key, const std::string& name, const std::string& user)
    {
        if (!key || !m_watchlist.wants(SignatureKind::RegistryKeys, name)) {
            return;
        }
        Fact fact;
        fact.kind = FactKind::RegistryKey;
        fact.name = name;
        fact.where = name;
        fact.user = user;
        // Product keys describe themselves in environment\ (R5); the old InstalledProducts keys in Name/Version.
        if (const auto environment = key.child(L"environment")) {
            fact.id = text(environment.stringValue(L"ProductName"));
            fact.version = text(environment.stringValue(L"ProductVersion"));
            if (fact.version.empty()) {
                fact.version = text(environment.stringValue(L"ProductDisplayVersion"));
            }
            const std::string productRoot = text(environment.stringValue(L"ProductRoot"));
            if (!productRoot.empty()) {
                m_productRoots.push_back(productRoot);
            }
        } else {
            fact.id = text(key.stringValue(L"Name"));
            fact.version = text(key.stringValue(L"Version"));
        }
        m_machine.facts.push_back(std::move(fact));
    }

    void service(const ENUM_SERVICE_STATUS_PROCESSW& entry)
    {
        if (entry.lpServiceName == nullptr) {
            return;
        }
        const std::string name = toUtf8(entry.lpServiceName);
        const bool driver = (entry.ServiceStatusProcess.dwServiceType & SERVICE_DRIVER) != 0;
        if (!m_watchlist.wants(driver ? SignatureKind::Drivers : SignatureKind::Services, name)) {
            return;
        }
        Fact fact;
        fact.kind = driver ? FactKind::Driver : FactKind::Service;
        fact.name = name;
        fact.state = entry.ServiceStatusProcess.dwCurrentState == SERVICE_RUNNING ? "running" : "stopped";
        fact.where = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\" + name;
        m_machine.facts.push_back(std::move(fact));
    }

    static std::vector<std::string> split(std::string_view path)
    {
        std::vector<std::string> parts;
        std::size_t start = 0;
        while (start <= path.size()) {
            std::size_t end = path.find('\\', start);
            if (end == std::string_view::npos) {
                end = path.size();
            }
            if (end > start) {
                parts.emplace_back(path.substr(start, end - start));
            }
            start = end + 1;
        }
        return parts;
    }

    static bool pathMatches(std::string_view pattern, std::string_view path)
    {
        const auto patternParts = split(pattern);
        const auto pathParts = split(path);
        if (patternParts.size() != pathParts.size()) {
            return false;
        }
        for (std::size_t i = 0; i < patternParts.size(); ++i) {
            if (!Glob(patternParts[i]).matches(pathParts[i])) {
                return false;
            }
        }
        return true;
    }

    // Expands a catalog path ("C:\Program Files (x86)\Kaspersky Lab\*"), '*' within one component.
    void expand(const std::string& pattern)
    {
        const auto parts = split(pattern);
        if (parts.empty()) {
            return;
        }
        std::vector<std::string> current{parts.front()}; // the drive, e.g. "C:"
        for (std::size_t i = 1; i < parts.size() && !current.empty(); ++i) {
            const bool last = i + 1 == parts.size();
            const bool wildcard = parts[i].find_first_of("*?") != std::string::npos;
            std::vector<std::string> next;
            for (const auto& base : current) {
                if (!wildcard) {
                    const std::string candidate = base + "\\" + parts[i];
                    const DWORD attributes = ::GetFileAttributesW(toWide(candidate).c_str());
                    if (attributes != INVALID_FILE_ATTRIBUTES &&
                        (last || (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0)) {
                        next.push_back(candidate);
                    }
                    continue;
                }
                // Our own glob on the long names: FindFirstFile's wildcards also match 8.3 short names.
                const Glob glob(parts[i]);
                WIN32_FIND_DATAW data{};
                HANDLE find = ::FindFirstFileExW(toWide(base + "\\*").c_str(), FindExInfoBasic, &data,
                                                 FindExSearchNameMatch, nullptr, 0);
                if (find == INVALID_HANDLE_VALUE) {
                    continue;
                }
                do {
                    const std::string name = toUtf8(data.cFileName);
                    if (name == "." || name == ".." || !glob.matches(name)) {
                        continue;
                    }
                    if (last || (data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
                        next.push_back(base);
                        next.back().append("\\").append(name);
                    }
                } while (next.size() < kMaxPathMatches && ::FindNextFileW(find, &data) != 0);
                ::FindClose(find);
            }
            current = std::move(next);
        }
        if (parts.size() == 1) {
            return; // a bare drive is not something the catalog looks for
        }
        for (const auto& path : current) {
            addPath(path);
        }
    }

    void addPath(const std::string& path)
    {
        const bool known = std::ranges::any_of(m_machine.facts, [&](const Fact& fact) {
            return fact.kind == FactKind::Path && fact.name.size() == path.size() &&
                   Glob(fact.name).matches(path); // the same path, in any letter case
        });
        if (known) {
            return;
        }
        Fact fact;
        fact.kind = FactKind::Path;
        fact.name = path;
        fact.where = path;
        m_machine.facts.push_back(std::move(fact));
    }

    const Watchlist& m_watchlist;
    MachineFacts& m_machine;
    std::vector<std::string> m_productRoots;
};

std::string systemDrive()
{
    std::array<wchar_t, MAX_PATH + 1> folder{};
    const UINT length = ::GetSystemWindowsDirectoryW(folder.data(), static_cast<UINT>(folder.size()));
    if (length >= 3 && length < folder.size() && folder[1] == L':') {
        return toUtf8(std::wstring_view(folder.data(), 2)) + "\\";
    }
    return "C:\\";
}

// "10.0.19045": the version Windows itself reports. GetVersionEx answers only what the program's manifest says
// it supports, so ask RtlGetVersion (ntdll, always loaded).
std::string systemVersion()
{
    using RtlGetVersion = LONG(WINAPI*)(OSVERSIONINFOW*);
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    auto* const getVersion =
        ntdll != nullptr
            ? reinterpret_cast<RtlGetVersion>(reinterpret_cast<void*>(GetProcAddress(ntdll, "RtlGetVersion")))
            : nullptr;
    OSVERSIONINFOW info{};
    info.dwOSVersionInfoSize = sizeof(info);
    if (getVersion == nullptr || getVersion(&info) != 0) {
        return {};
    }
    return std::to_string(info.dwMajorVersion) + "." + std::to_string(info.dwMinorVersion) + "." +
           std::to_string(info.dwBuildNumber);
}

} // namespace

MachineFacts WindowsProbe::probe(const Watchlist& watchlist)
{
    MachineFacts machine;
    machine.platform = Platform::Windows;
    machine.root = systemDrive();
    machine.systemVersion = systemVersion();
    Reader reader(watchlist, machine);
    const Account account = currentAccount();

    // Machine-wide installs, in the 64-bit view and in the 32-bit one (WOW6432Node).
    reader.uninstallEntries(HKEY_LOCAL_MACHINE, KEY_WOW64_64KEY, kUninstall, std::string("HKLM\\") + kUninstallText,
                            {});
    reader.uninstallEntries(HKEY_LOCAL_MACHINE, KEY_WOW64_32KEY, kUninstall,
                            "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall", {});
    // Installs for the account running the scan, then for every other account whose hive is loaded.
    reader.uninstallEntries(HKEY_CURRENT_USER, KEY_WOW64_64KEY, kUninstall, std::string("HKCU\\") + kUserUninstallText,
                            account.name);
    const auto users = RegistryKey::open(HKEY_USERS, L"");
    for (const auto& sid : users.subkeys()) {
        const bool classes = sid.size() > 8 && sameName(sid.substr(sid.size() - 8), L"_Classes");
        if (classes || sameName(sid, L".DEFAULT") || (!account.sid.empty() && sameName(sid, account.sid.c_str()))) {
            continue;
        }
        const std::string sidUtf8 = toUtf8(sid);
        reader.uninstallEntries(HKEY_USERS, KEY_WOW64_64KEY, sid + L"\\" + kUninstall,
                                "HKU\\" + sidUtf8 + "\\" + kUserUninstallText, accountNameOf(sid));
    }

    reader.kasperskyLab(HKEY_LOCAL_MACHINE, L"SOFTWARE\\KasperskyLab", "HKLM\\SOFTWARE\\KasperskyLab", {});
    reader.kasperskyLab(HKEY_LOCAL_MACHINE, L"SOFTWARE\\WOW6432Node\\KasperskyLab",
                        "HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab", {});
    reader.kasperskyLab(HKEY_CURRENT_USER, L"Software\\KasperskyLab", "HKCU\\Software\\KasperskyLab", account.name);

    reader.services();
    reader.paths(reader.productRoots());
    return machine;
}

} // namespace offramp::platform::windows
