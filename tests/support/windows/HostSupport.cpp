// SPDX-License-Identifier: GPL-3.0-or-later
// What the test support does differently per system.
#include "TestSupport.h"
#include "platform/windows/TokenUser.h"

#include <aclapi.h>
#include <vector>
#include <windows.h>

namespace offramp::test {

// Tests run as an ordinary user on Windows (and under Wine): the work runs here as it is.
std::string asOrdinaryUser(const std::function<std::string()>& work)
{
    return work();
}

CommandResult runCliAsOrdinaryUser(const QStringList& arguments)
{
    return runCli(arguments);
}

std::string ownerOnlyProblem(const std::filesystem::path& path)
{
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (::GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl,
                                nullptr, &descriptor) != ERROR_SUCCESS) {
        return "cannot read its security";
    }
    std::string problem;
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    ::GetSecurityDescriptorControl(descriptor, &control, &revision);
    std::vector<BYTE> user = offramp::platform::windows::tokenUser();
    if (user.empty()) {
        problem = "cannot tell who this user is";
    } else if (dacl == nullptr || (control & SE_DACL_PROTECTED) == 0) {
        problem = "its access list is missing or inherited";
    } else {
        const PSID self = reinterpret_cast<TOKEN_USER*>(user.data())->User.Sid;
        for (DWORD index = 0; index < dacl->AceCount && problem.empty(); ++index) {
            void* entry = nullptr;
            if (::GetAce(dacl, index, &entry) == 0 ||
                static_cast<ACE_HEADER*>(entry)->AceType != ACCESS_ALLOWED_ACE_TYPE ||
                ::EqualSid(&static_cast<ACCESS_ALLOWED_ACE*>(entry)->SidStart, self) == 0) {
                problem = "its access list names someone other than this user";
            }
        }
    }
    ::LocalFree(descriptor);
    return problem;
}

bool fileAccessListsKept()
{
    // Wine's ntdll exports wine_get_version; Windows' does not.
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll == nullptr || ::GetProcAddress(ntdll, "wine_get_version") == nullptr;
}

} // namespace offramp::test
