// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_FLEETINPUT_H
#define OFFRAMP_ENGINE_FLEETINPUT_H

#include "engine/FleetReport.h"

#include <string>
#include <string_view>

namespace offramp {

constexpr std::string_view kFleetReportKind = "offramp-fleet-report";

struct FleetInputOutcome
{
    enum class Kind
    {
        Scan,
        Journal,
        Manifest,
        HostRecord,
        EarlierReport, // a fleet report's own JSON: left out, so that a report written beside its inputs is no input
        Unreadable,
    };

    Kind kind = Kind::Unreadable;
    std::string reason; // why it is unreadable, one line
};

// Tells what one input file is by its content (a scan has "findings", the others say their "kind"), reads it
// with that format's own reader and hands it to the builder; an unknown or damaged file is added to the builder
// as unreadable. `file` names it in the report.
FleetInputOutcome addFleetInput(FleetReportBuilder& builder, std::string_view text, const std::string& file);

} // namespace offramp

#endif
