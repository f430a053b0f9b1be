// SPDX-License-Identifier: GPL-3.0-or-later
// The tests' programs only: OFFRAMP_TEST_UAC_ANSWER=no answers the UAC prompt with No, as Windows reports it
// (ERROR_CANCELLED), so that the wizard's handling of a declined prompt can be run under Wine.
#include "platform/windows/UacPrompt.h"

#include <array>
#include <string_view>

namespace offramp::platform::windows {

namespace {

bool personSaysNo()
{
    std::array<wchar_t, 8> answer{};
    const DWORD length = ::GetEnvironmentVariableW(L"OFFRAMP_TEST_UAC_ANSWER", answer.data(), answer.size());
    return length < answer.size() && std::wstring_view(answer.data(), length) == L"no";
}

} // namespace

BOOL askUac(SHELLEXECUTEINFOW& info)
{
    if (personSaysNo()) {
        ::SetLastError(ERROR_CANCELLED);
        return FALSE;
    }
    return ::ShellExecuteExW(&info);
}

} // namespace offramp::platform::windows
