// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_UACPROMPT_H
#define OFFRAMP_PLATFORM_WINDOWS_UACPROMPT_H

#include "platform/windows/Win32.h"

#include <shellapi.h>

namespace offramp::platform::windows {

// ShellExecuteEx with the "runas" verb: Windows shows the UAC prompt and starts the program if the person
// allows it; FALSE with ERROR_CANCELLED if they choose No. Its own function because Wine grants "runas"
// without asking: the tests' programs (OFFRAMP_TEST_HOOKS) can give the person's No there, installed ones cannot.
// Each program links one definition (app/platform/CMakeLists.txt: offramp_uac_prompt or its test twin).
BOOL askUac(SHELLEXECUTEINFOW& info);

} // namespace offramp::platform::windows

#endif
