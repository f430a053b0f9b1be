// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_WIN32_H
#define OFFRAMP_PLATFORM_WINDOWS_WIN32_H

// <windows.h> must come before the other Windows headers (sddl.h, wbemcli.h, ...), which use its types
// without including it; included through here, it sorts ahead of them.
#include <windows.h>

#endif
