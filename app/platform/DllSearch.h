// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_DLLSEARCH_H
#define OFFRAMP_PLATFORM_DLLSEARCH_H

namespace offramp::platform {

// Called first thing in main(). On Windows, DLLs are loaded from System32 only from then on, never from the
// program's folder or the current one: a program run from Downloads must not load a DLL planted beside it.
// The Windows DLLs that are not "known DLLs" are delay-loaded (cmake/DelayLoad.cmake), so that none of them is
// looked for before this runs. Elsewhere it does nothing.
void loadDllsFromSystemOnly();

} // namespace offramp::platform

#endif
