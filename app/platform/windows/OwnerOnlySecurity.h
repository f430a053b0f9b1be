// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_OWNERONLYSECURITY_H
#define OFFRAMP_PLATFORM_WINDOWS_OWNERONLYSECURITY_H

#include "windows/Win32.h"

#include <vector>

namespace offramp::platform::windows {

// Security attributes for a new file or folder that only the current user may use: one entry granting the
// user of this process's token full access, and the descriptor protected, so that nothing is inherited from
// the folder it is made in. For a folder (`forFolder`), the entry is inherited by what is made inside it.
// Throws std::runtime_error when the token cannot be read.
class OwnerOnlySecurity
{
public:
    explicit OwnerOnlySecurity(bool forFolder = false);
    OwnerOnlySecurity(const OwnerOnlySecurity&) = delete;
    OwnerOnlySecurity& operator=(const OwnerOnlySecurity&) = delete;
    OwnerOnlySecurity(OwnerOnlySecurity&&) = delete;
    OwnerOnlySecurity& operator=(OwnerOnlySecurity&&) = delete;
    ~OwnerOnlySecurity() = default;

    SECURITY_ATTRIBUTES* attributes() { return &m_attributes; }

private:
    std::vector<BYTE> m_user; // TOKEN_USER, which holds the SID
    std::vector<BYTE> m_acl;
    SECURITY_DESCRIPTOR m_descriptor{};
    SECURITY_ATTRIBUTES m_attributes{};
};

} // namespace offramp::platform::windows

#endif
