// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/DllSearch.h"

#include "platform/windows/Win32.h"

namespace offramp::platform {

void loadDllsFromSystemOnly()
{
    // Windows 8 and later, and Windows 7 with KB2533623; Qt 6 needs Windows 10 anyway.
    ::SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32);
    // And the current folder is no place to look either, for LoadLibrary calls that name no folder.
    ::SetDllDirectoryW(L"");
}

} // namespace offramp::platform
