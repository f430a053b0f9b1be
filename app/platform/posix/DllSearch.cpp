// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/DllSearch.h"

namespace offramp::platform {

// Linux and macOS find shared libraries through the system's own paths, not the program's folder.
void loadDllsFromSystemOnly() {}

} // namespace offramp::platform
