// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_WINDOWSPROBE_H
#define OFFRAMP_PLATFORM_WINDOWS_WINDOWSPROBE_H

#include "engine/MachineProbe.h"

namespace offramp::platform::windows {

// Reads the Windows computer this runs on through the registry and the service control manager:
// uninstall entries (HKLM in both registry views, HKCU and every loaded user hive), the KasperskyLab
// keys and their environment values, services and drivers, and the catalog's folders.
class WindowsProbe : public MachineProbe
{
public:
    Platform platform() const override { return Platform::Windows; }
    MachineFacts probe(const Watchlist& watchlist) override;
};

} // namespace offramp::platform::windows

#endif
