// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_RECORDEDPROBE_H
#define OFFRAMP_PLATFORM_RECORDEDPROBE_H

#include "engine/MachineProbe.h"

#include <string>

namespace offramp::platform {

// A machine read from a file (resources/demo/*.json): the demo computers that let anyone try every
// step without Kaspersky, and saved scans. It reports the recorded facts as a probe would.
class RecordedProbe final : public MachineProbe
{
public:
    // Throws ProbeError when the text is not a valid recorded machine.
    RecordedProbe(const std::string& json, std::string origin);
    Platform platform() const override { return m_facts.platform; }
    MachineFacts probe(const Watchlist& watchlist) override;

    const std::string& name() const { return m_name; }

private:
    std::string m_name;
    MachineFacts m_facts;
};

} // namespace offramp::platform

#endif
