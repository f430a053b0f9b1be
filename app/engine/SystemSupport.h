// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_SYSTEMSUPPORT_H
#define OFFRAMP_ENGINE_SYSTEMSUPPORT_H

#include "engine/Date.h"
#include "engine/Fact.h"

namespace offramp {

// The day Microsoft's support for Windows 10 ended: from then on Windows 10 gets no security fixes, except
// through Extended Security Updates (shared facts: regulation.md, section 9; source
// "microsoft-windows-10-end-of-support").
inline constexpr Date kWindows10SupportEnd{2025, 10, 14};

// Whether the machine runs Windows 10: version 10.0 with a build below 22000, where Windows 11 starts (both
// report 10.0). False where the version was not read.
bool runsWindows10(const MachineFacts& machine);

} // namespace offramp

#endif
