// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/Registry.h"

#include "platform/windows/Utf16.h"

#include <algorithm>
#include <utility>

namespace offramp::platform::windows {

RegistryKey::~RegistryKey()
{
    if (m_key != nullptr) {
        ::RegCloseKey(m_key);
    }
}

RegistryKey::RegistryKey(RegistryKey&& other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
    , m_view(other.m_view)
    , m_status(other.m_status)
{}

RegistryKey& RegistryKey::operator=(RegistryKey&& other) noexcept
{
    if (this != &other) {
        if (m_key != nullptr) {
            ::RegCloseKey(m_key);
        }
        m_key = std::exchange(other.m_key, nullptr);
        m_view = other.m_view;
        m_status = other.m_status;
    }
    return *this;
}

RegistryKey RegistryKey::open(HKEY root, const std::wstring& path, REGSAM view, REGSAM access)
{
    RegistryKey key;
    key.m_view = view;
    HKEY handle = nullptr;
    key.m_status = ::RegOpenKeyExW(root, path.c_str(), 0, access | view, &handle);
    if (key.m_status == ERROR_SUCCESS) {
        key.m_key = handle;
    }
    return key;
}

RegistryKey RegistryKey::child(const std::wstring& name) const
{
    if (m_key == nullptr) {
        return {};
    }
    return open(m_key, name, m_view);
}

std::vector<std::wstring> RegistryKey::subkeys() const
{
    std::vector<std::wstring> names;
    if (m_key == nullptr) {
        return names;
    }
    DWORD count = 0;
    DWORD longest = 0;
    if (::RegQueryInfoKeyW(m_key, nullptr, nullptr, nullptr, &count, &longest, nullptr, nullptr, nullptr, nullptr,
                           nullptr, nullptr) != ERROR_SUCCESS) {
        return names;
    }
    names.reserve(count);
    // Key names are at most 255 characters; the buffer grows if a key added meanwhile is longer.
    std::wstring buffer(std::max<DWORD>(longest, 255) + 1, L'\0');
    for (DWORD index = 0;; ++index) {
        auto length = static_cast<DWORD>(buffer.size());
        const LSTATUS status =
            ::RegEnumKeyExW(m_key, index, buffer.data(), &length, nullptr, nullptr, nullptr, nullptr);
        if (status == ERROR_MORE_DATA) {
            buffer.resize(buffer.size() * 2);
            --index;
            continue;
        }
        if (status != ERROR_SUCCESS) {
            break; // ERROR_NO_MORE_ITEMS, or the key went away while it was read
        }
        names.emplace_back(buffer.data(), length);
    }
    return names;
}

std::optional<std::wstring> RegistryKey::stringValue(const wchar_t* name) const
{
    if (m_key == nullptr) {
        return std::nullopt;
    }
    std::wstring buffer(128, L'\0');
    for (int attempt = 0; attempt < 8; ++attempt) {
        DWORD type = 0;
        auto bytes = static_cast<DWORD>(buffer.size() * sizeof(wchar_t));
        const LSTATUS status =
            ::RegQueryValueExW(m_key, name, nullptr, &type, reinterpret_cast<BYTE*>(buffer.data()), &bytes);
        if (status == ERROR_MORE_DATA) {
            buffer.resize(bytes / sizeof(wchar_t) + 1);
            continue;
        }
        if (status != ERROR_SUCCESS || (type != REG_SZ && type != REG_EXPAND_SZ)) {
            return std::nullopt;
        }
        // The stored text need not end with a null character, and may hold several.
        std::wstring value(buffer.data(), bytes / sizeof(wchar_t));
        if (const auto end = value.find(L'\0'); end != std::wstring::npos) {
            value.resize(end);
        }
        return value;
    }
    return std::nullopt;
}

std::optional<std::uint32_t> RegistryKey::dwordValue(const wchar_t* name) const
{
    if (m_key == nullptr) {
        return std::nullopt;
    }
    DWORD type = 0;
    DWORD value = 0;
    DWORD bytes = sizeof(value);
    if (::RegQueryValueExW(m_key, name, nullptr, &type, reinterpret_cast<BYTE*>(&value), &bytes) != ERROR_SUCCESS ||
        type != REG_DWORD) {
        return std::nullopt;
    }
    return value;
}

std::optional<unsigned long> RegistryKey::valueType(const wchar_t* name) const
{
    if (m_key == nullptr) {
        return std::nullopt;
    }
    DWORD type = 0;
    if (::RegQueryValueExW(m_key, name, nullptr, &type, nullptr, nullptr) != ERROR_SUCCESS) {
        return std::nullopt;
    }
    return type;
}

std::string registryTypeName(unsigned long type)
{
    switch (type) {
    case REG_NONE:
        return "REG_NONE";
    case REG_SZ:
        return "REG_SZ";
    case REG_EXPAND_SZ:
        return "REG_EXPAND_SZ";
    case REG_BINARY:
        return "REG_BINARY";
    case REG_DWORD:
        return "REG_DWORD";
    case REG_DWORD_BIG_ENDIAN:
        return "REG_DWORD_BIG_ENDIAN";
    case REG_LINK:
        return "REG_LINK";
    case REG_MULTI_SZ:
        return "REG_MULTI_SZ";
    case REG_QWORD:
        return "REG_QWORD";
    default:
        return "type " + std::to_string(type);
    }
}

std::string win32ErrorText(unsigned long code)
{
    wchar_t* buffer = nullptr;
    const DWORD length =
        ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                         nullptr, code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::string text;
    if (length > 0 && buffer != nullptr) {
        text = toUtf8(std::wstring_view(buffer, length));
        ::LocalFree(buffer);
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '.')) {
        text.pop_back();
    }
    for (char& c : text) {
        if (c == '\r' || c == '\n') {
            c = ' ';
        }
    }
    return "error " + std::to_string(code) + (text.empty() ? "" : " (" + text + ")");
}

} // namespace offramp::platform::windows
