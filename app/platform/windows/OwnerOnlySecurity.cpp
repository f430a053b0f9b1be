// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/OwnerOnlySecurity.h"

#include "windows/Registry.h"

#include <stdexcept>
#include <string>

namespace offramp::platform::windows {

namespace {

[[noreturn]] void fail(const std::string& what)
{
    throw std::runtime_error("cannot " + what + ": " + win32ErrorText(::GetLastError()));
}

} // namespace

OwnerOnlySecurity::OwnerOnlySecurity(bool forFolder)
{
    HANDLE token = nullptr;
    if (::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token) == 0) {
        fail("read this program's user (its access token)");
    }
    DWORD needed = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &needed);
    m_user.resize(needed);
    const BOOL read = needed > 0 ? ::GetTokenInformation(token, TokenUser, m_user.data(), needed, &needed) : FALSE;
    ::CloseHandle(token);
    if (read == 0) {
        fail("read this program's user (its access token)");
    }
    PSID user = reinterpret_cast<TOKEN_USER*>(m_user.data())->User.Sid;

    // One entry: the user may do everything. Nobody else (not even Administrators) is listed.
    const DWORD aclSize = sizeof(ACL) + sizeof(ACCESS_ALLOWED_ACE) - sizeof(DWORD) + ::GetLengthSid(user);
    m_acl.resize(aclSize);
    auto* acl = reinterpret_cast<ACL*>(m_acl.data());
    const DWORD inherit = forFolder ? static_cast<DWORD>(OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE) : 0;
    if (::InitializeAcl(acl, aclSize, ACL_REVISION) == 0 ||
        ::AddAccessAllowedAceEx(acl, ACL_REVISION, inherit, FILE_ALL_ACCESS, user) == 0) {
        fail("build an owner-only access list");
    }
    if (::InitializeSecurityDescriptor(&m_descriptor, SECURITY_DESCRIPTOR_REVISION) == 0 ||
        ::SetSecurityDescriptorDacl(&m_descriptor, TRUE, acl, FALSE) == 0 ||
        // Protected: the folder's inheritable entries (Users, Everyone, ...) do not flow into it.
        ::SetSecurityDescriptorControl(&m_descriptor, SE_DACL_PROTECTED, SE_DACL_PROTECTED) == 0) {
        fail("build an owner-only security descriptor");
    }
    m_attributes.nLength = sizeof(m_attributes);
    m_attributes.lpSecurityDescriptor = &m_descriptor;
    m_attributes.bInheritHandle = FALSE;
}

} // namespace offramp::platform::windows
