// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProcessEnd.h"

#include "platform/windows/Win32.h"

#include <cstdio>

namespace offramp::platform {

void endProcess(int code)
{
    // What the C runtime still buffers is written; then the process ends at once: no exit handler, no DLL or
    // thread-local storage callback, nothing that could wait on that lock.
    static_cast<void>(std::fflush(nullptr));
    ::TerminateProcess(::GetCurrentProcess(), static_cast<UINT>(code));
    // TerminateProcess on this process does not return; should it fail, ExitProcess is the next best ending.
    ::ExitProcess(static_cast<UINT>(code));
}

} // namespace offramp::platform
