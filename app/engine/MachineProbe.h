// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_MACHINEPROBE_H
#define OFFRAMP_ENGINE_MACHINEPROBE_H

#include "engine/Fact.h"
#include "engine/Watchlist.h"
#include "engine/utils/Error.h"

#include <string>
#include <utility>

namespace offramp {

// The machine could not be read well enough to scan it. The message is one line saying what and where.
class ProbeError : public Error
{
public:
    explicit ProbeError(const std::string& message, ErrorKind kind = ErrorKind::Damaged, std::string subject = {})
        : Error(kind, message, std::move(subject))
    {}
};

// Implemented by the platform layer: reads one machine and reports what the watchlist asks for.
class MachineProbe
{
public:
    virtual ~MachineProbe() = default;
    MachineProbe() = default;
    MachineProbe(const MachineProbe&) = delete;
    MachineProbe& operator=(const MachineProbe&) = delete;
    MachineProbe(MachineProbe&&) = delete;
    MachineProbe& operator=(MachineProbe&&) = delete;

    // The platform this probe reads, so that the caller can build the watchlist for it.
    virtual Platform platform() const = 0;
    virtual MachineFacts probe(const Watchlist& watchlist) = 0;
};

} // namespace offramp

#endif
