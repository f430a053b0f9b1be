// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/UacPrompt.h"

namespace offramp::platform::windows {

BOOL askUac(SHELLEXECUTEINFOW& info)
{
    return ::ShellExecuteExW(&info);
}

} // namespace offramp::platform::windows
