// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/FleetInput.h"
#include "engine/FleetReportWriters.h"

#include <nlohmann/json.hpp>

#include <set>

namespace offramp {

nlohmann::json fleetReportToJson(const FleetReport& report, const std::string& generatedAt)
{
    auto rows = nlohmann::json::array();
    std::set<std::string> hosts;
    for (const auto& row : report.rows) {
        hosts.insert(row.host);
        rows.push_back({
            {"host", row.host},
            {"product", row.product},
            {"product_id", row.productId},
            {"user", row.user},
            {"version", row.version},
            {"state", row.state},
            {"banned", row.banned},
            {"removal", row.removal},
            {"saved",
             {{"rescued", row.rescued}, {"files", row.savedFiles}, {"bytes", row.savedBytes}, {"by_hand", row.byHand}}},
            {"note", row.note},
            {"sources", row.sources},
        });
    }
    auto unreadable = nlohmann::json::array();
    for (const auto& input : report.unreadable) {
        unreadable.push_back({{"file", input.file}, {"reason", input.reason}});
    }
    return {
        {"schema_version", kFleetReportSchemaVersion},
        {"kind", kFleetReportKind},
        {"tool", "offramp-cli"},
        {"tool_version", OFFRAMP_VERSION},
        {"generated_at", generatedAt},
        {"inputs", report.inputs},
        {"hosts", hosts.size()},
        {"rows", std::move(rows)},
        {"unreadable", std::move(unreadable)},
    };
}

} // namespace offramp
