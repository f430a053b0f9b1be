// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_REGISTRY_H
#define OFFRAMP_PLATFORM_WINDOWS_REGISTRY_H

#include "platform/windows/Win32.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offramp::platform::windows {

// An open registry key, read-only unless asked otherwise, closed when it goes. A key that could not be
// opened is empty and keeps the reason in status().
class RegistryKey
{
public:
    RegistryKey() = default;
    ~RegistryKey();
    RegistryKey(const RegistryKey&) = delete;
    RegistryKey& operator=(const RegistryKey&) = delete;
    RegistryKey(RegistryKey&& other) noexcept;
    RegistryKey& operator=(RegistryKey&& other) noexcept;

    // `view` is KEY_WOW64_64KEY (which also reaches WOW6432Node by that name) or KEY_WOW64_32KEY.
    static RegistryKey open(HKEY root, const std::wstring& path, REGSAM view = KEY_WOW64_64KEY,
                            REGSAM access = KEY_READ);
    RegistryKey child(const std::wstring& name) const;

    explicit operator bool() const { return m_key != nullptr; }
    HKEY handle() const { return m_key; }
    LSTATUS status() const { return m_status; }

    // The names of the subkeys, in the registry's order; empty when there are none or they cannot be listed.
    std::vector<std::wstring> subkeys() const;
    // REG_SZ and REG_EXPAND_SZ (not expanded); nullopt when missing or of another type.
    std::optional<std::wstring> stringValue(const wchar_t* name) const;
    // REG_DWORD; nullopt when missing or of another type.
    std::optional<std::uint32_t> dwordValue(const wchar_t* name) const;
    // The type of a value (REG_SZ, REG_DWORD, ...); nullopt when it is missing.
    std::optional<unsigned long> valueType(const wchar_t* name) const;

private:
    HKEY m_key = nullptr;
    REGSAM m_view = KEY_WOW64_64KEY;
    LSTATUS m_status = ERROR_FILE_NOT_FOUND;
};

// "REG_BINARY": a registry value type as regedit names it; "type 42" for one it does not know.
std::string registryTypeName(unsigned long type);

// The system's message for a Win32 error code, in one line of UTF-8.
std::string win32ErrorText(unsigned long code);

} // namespace offramp::platform::windows

#endif
