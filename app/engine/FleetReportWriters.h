// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_FLEETREPORTWRITERS_H
#define OFFRAMP_ENGINE_FLEETREPORTWRITERS_H

#include "engine/FleetReport.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

// The fleet report's three forms (docs/FLEET.md). `generatedAt` is the UTC time stamp the report carries.
namespace offramp {

constexpr int kFleetReportSchemaVersion = 1;

// For machines: the rows and the unreadable inputs, with the ids of FleetRow's fields.
nlohmann::json fleetReportToJson(const FleetReport& report, const std::string& generatedAt);

// For spreadsheets: a header and one line per row (RFC 4180: CRLF, fields with commas, quotes or line breaks
// quoted); each unreadable input is a row too, with the state "unreadable".
std::string fleetReportToCsv(const FleetReport& report);

// For people: one HTML page with nothing outside it (no scripts, styles inline, no links to fetch), every
// text from the inputs escaped.
std::string fleetReportToHtml(const FleetReport& report, const std::string& generatedAt);

} // namespace offramp

#endif
