// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_LINUXPROBE_H
#define OFFRAMP_PLATFORM_LINUXPROBE_H

#include "engine/MachineProbe.h"
#include "platform/common/RootedPath.h"

namespace offramp::platform {

// Reads a Linux machine under a root: the dpkg status database, the rpm database (through the rpm
// tool), systemd unit files and the catalog's install paths.
class LinuxProbe final : public MachineProbe
{
public:
    explicit LinuxProbe(std::filesystem::path root);
    Platform platform() const override { return Platform::Linux; }
    MachineFacts probe(const Watchlist& watchlist) override;

private:
    RootedPath m_root;
};

} // namespace offramp::platform

#endif
