// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_OWNERONLYSECURITY_H
#define OFFRAMP_PLATFORM_WINDOWS_OWNERONLYSECURITY_H

#include "platform/windows/Win32.h"

#include <optional>
#include <vector>

namespace offramp::platform::windows {

// One entry of an access list: whom it names (a SID that outlives the descriptor) and what it allows.
struct AllowedAccess
{
    PSID who = nullptr;
    DWORD access = 0;
};

// A protected security descriptor that allows exactly the given entries and nothing else: nothing is
// inherited from the folder the file or folder is made in. For a folder (`forFolder`), the entries are also
// inherited by what is made inside it. `owner`, when given, becomes the owner of what is made with it.
// Throws offramp::Error (of the system error's kind) when it cannot be built.
class ProtectedSecurity
{
public:
    ProtectedSecurity(const std::vector<AllowedAccess>& entries, bool forFolder, PSID owner = nullptr);
    ProtectedSecurity(const ProtectedSecurity&) = delete;
    ProtectedSecurity& operator=(const ProtectedSecurity&) = delete;
    ProtectedSecurity(ProtectedSecurity&&) = delete;
    ProtectedSecurity& operator=(ProtectedSecurity&&) = delete;
    ~ProtectedSecurity() = default;

    SECURITY_ATTRIBUTES* attributes() { return &m_attributes; }
    ACL* acl() { return reinterpret_cast<ACL*>(m_acl.data()); }

private:
    std::vector<BYTE> m_acl;
    SECURITY_DESCRIPTOR m_descriptor{};
    SECURITY_ATTRIBUTES m_attributes{};
};

// Security attributes for a new file or folder that only the current user may use: one entry granting the
// user of this process's token full access, and the descriptor protected, so that nothing is inherited from
// the folder it is made in. For a folder (`forFolder`), the entry is inherited by what is made inside it.
// Throws offramp::Error (of the system error's kind) when the token cannot be read.
class OwnerOnlySecurity
{
public:
    explicit OwnerOnlySecurity(bool forFolder = false);
    OwnerOnlySecurity(const OwnerOnlySecurity&) = delete;
    OwnerOnlySecurity& operator=(const OwnerOnlySecurity&) = delete;
    OwnerOnlySecurity(OwnerOnlySecurity&&) = delete;
    OwnerOnlySecurity& operator=(OwnerOnlySecurity&&) = delete;
    ~OwnerOnlySecurity() = default;

    SECURITY_ATTRIBUTES* attributes() { return m_security->attributes(); }

private:
    std::vector<BYTE> m_user; // TOKEN_USER, which holds the SID
    std::optional<ProtectedSecurity> m_security;
};

// A well-known SID (WinBuiltinAdministratorsSid, WinLocalSystemSid, ...), held in its own buffer.
class WellKnownSid
{
public:
    explicit WellKnownSid(WELL_KNOWN_SID_TYPE type);
    PSID get() { return m_sid.data(); }

private:
    std::vector<BYTE> m_sid;
};

// Security for a folder whose files administrators and SYSTEM may change and everyone else may only read:
// owned by Administrators; Administrators and SYSTEM have full access, Users read and list; what is made
// inside inherits it. The
// journal's folder, %ProgramData%\Offramp, which the elevated removal writes and the wizard, running as the
// user, reads. Throws offramp::Error (of the system error's kind) when it cannot be built.
class AdminWriteSecurity
{
public:
    AdminWriteSecurity();
    AdminWriteSecurity(const AdminWriteSecurity&) = delete;
    AdminWriteSecurity& operator=(const AdminWriteSecurity&) = delete;
    AdminWriteSecurity(AdminWriteSecurity&&) = delete;
    AdminWriteSecurity& operator=(AdminWriteSecurity&&) = delete;
    ~AdminWriteSecurity() = default;

    SECURITY_ATTRIBUTES* attributes() { return m_security->attributes(); }
    ACL* acl() { return m_security->acl(); }
    PSID administrators() { return m_administrators.get(); }

private:
    WellKnownSid m_administrators{WinBuiltinAdministratorsSid};
    WellKnownSid m_system{WinLocalSystemSid};
    WellKnownSid m_users{WinBuiltinUsersSid};
    std::optional<ProtectedSecurity> m_security;
};

} // namespace offramp::platform::windows

#endif
