// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_TOKENUSER_H
#define OFFRAMP_PLATFORM_WINDOWS_TOKENUSER_H

#include "platform/windows/Handle.h"
#include "platform/windows/Win32.h"

#include <vector>

namespace offramp::platform::windows {

// The TOKEN_USER of this process's token (its SID is who this program runs as); empty when Windows does not say.
inline std::vector<BYTE> tokenUser()
{
    std::vector<BYTE> user;
    HANDLE token = nullptr;
    if (::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token) == 0) {
        return user;
    }
    const Handle owned(token);
    DWORD needed = 0;
    ::GetTokenInformation(owned.get(), TokenUser, nullptr, 0, &needed);
    user.resize(needed);
    if (needed == 0 || ::GetTokenInformation(owned.get(), TokenUser, user.data(), needed, &needed) == 0) {
        user.clear();
    }
    return user;
}

} // namespace offramp::platform::windows

#endif
