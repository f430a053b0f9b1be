// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/HostName.h"

#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

namespace offramp::platform {

std::string hostName()
{
    DWORD size = 0;
    ::GetComputerNameExW(ComputerNameDnsHostname, nullptr, &size);
    if (size == 0) {
        return {};
    }
    std::wstring name(size, L'\0');
    if (::GetComputerNameExW(ComputerNameDnsHostname, name.data(), &size) == 0) {
        return {};
    }
    name.resize(size);
    return windows::toUtf8(name);
}

} // namespace offramp::platform
