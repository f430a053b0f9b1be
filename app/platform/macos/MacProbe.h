// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_MACPROBE_H
#define OFFRAMP_PLATFORM_MACPROBE_H

#include "engine/MachineProbe.h"
#include "platform/common/RootedPath.h"

namespace offramp::platform {

// Reads a macOS machine under a root: application bundles' Info.plist (XML or binary), launch
// daemons and agents, and the catalog's support folders.
class MacProbe final : public MachineProbe
{
public:
    explicit MacProbe(std::filesystem::path root);
    Platform platform() const override { return Platform::MacOS; }
    MachineFacts probe(const Watchlist& watchlist) override;

private:
    RootedPath m_root;
};

} // namespace offramp::platform

#endif
