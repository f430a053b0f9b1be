// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/OwnerOnlySecurity.h"

#include "engine/utils/Error.h"
#include "platform/windows/Registry.h"
#include "platform/windows/TokenUser.h"

#include <string>
#include <system_error>

namespace offramp::platform::windows {

namespace {

// An access list or security descriptor the system would not build: an Error of the system error's kind.
[[noreturn]] void fail(const std::string& what)
{
    const DWORD error = ::GetLastError();
    throw Error(errorKindOf(std::error_code(static_cast<int>(error), std::system_category())),
                "cannot " + what + ": " + win32ErrorText(error));
}

} // namespace

ProtectedSecurity::ProtectedSecurity(const std::vector<AllowedAccess>& entries, bool forFolder, PSID owner)
{
    DWORD aclSize = sizeof(ACL);
    for (const auto& entry : entries) {
        aclSize += static_cast<DWORD>(sizeof(ACCESS_ALLOWED_ACE) - sizeof(DWORD)) + ::GetLengthSid(entry.who);
    }
    m_acl.resize(aclSize);
    const DWORD inherit = forFolder ? static_cast<DWORD>(OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE) : 0;
    if (::InitializeAcl(acl(), aclSize, ACL_REVISION) == 0) {
        fail("build an access list");
    }
    for (const auto& entry : entries) {
        if (::AddAccessAllowedAceEx(acl(), ACL_REVISION, inherit, entry.access, entry.who) == 0) {
            fail("build an access list");
        }
    }
    if (::InitializeSecurityDescriptor(&m_descriptor, SECURITY_DESCRIPTOR_REVISION) == 0 ||
        ::SetSecurityDescriptorDacl(&m_descriptor, TRUE, acl(), FALSE) == 0 ||
        // Protected: the folder's inheritable entries (Users, Everyone, CREATOR OWNER, ...) do not flow into it.
        ::SetSecurityDescriptorControl(&m_descriptor, SE_DACL_PROTECTED, SE_DACL_PROTECTED) == 0 ||
        (owner != nullptr && ::SetSecurityDescriptorOwner(&m_descriptor, owner, FALSE) == 0)) {
        fail("build a security descriptor");
    }
    m_attributes.nLength = sizeof(m_attributes);
    m_attributes.lpSecurityDescriptor = &m_descriptor;
    m_attributes.bInheritHandle = FALSE;
}

OwnerOnlySecurity::OwnerOnlySecurity(bool forFolder)
{
    m_user = tokenUser();
    if (m_user.empty()) {
        fail("read this program's user (its access token)");
    }
    // One entry: the user may do everything. Nobody else (not even Administrators) is listed.
    m_security.emplace(
        std::vector<AllowedAccess>{{reinterpret_cast<TOKEN_USER*>(m_user.data())->User.Sid, FILE_ALL_ACCESS}},
        forFolder);
}

WellKnownSid::WellKnownSid(WELL_KNOWN_SID_TYPE type)
    : m_sid(SECURITY_MAX_SID_SIZE)
{
    auto size = static_cast<DWORD>(m_sid.size());
    if (::CreateWellKnownSid(type, nullptr, m_sid.data(), &size) == 0) {
        fail("name a built-in account (its SID)");
    }
    m_sid.resize(size);
}

AdminWriteSecurity::AdminWriteSecurity()
{
    m_security.emplace(std::vector<AllowedAccess>{{m_administrators.get(), FILE_ALL_ACCESS},
                                                  {m_system.get(), FILE_ALL_ACCESS},
                                                  {m_users.get(), FILE_GENERIC_READ | FILE_GENERIC_EXECUTE}},
                       true, m_administrators.get());
}

} // namespace offramp::platform::windows
