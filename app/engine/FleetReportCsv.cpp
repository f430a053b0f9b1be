// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/FleetReportWriters.h"
#include "engine/PasswordCsv.h"

#include <string_view>

namespace offramp {

namespace {

// A spreadsheet runs a cell that starts with one of these as a formula. Text read from the scanned computers
// (a host, package or file name, an uninstaller's message) must stay text there, so it gets a leading
// apostrophe, as OWASP advises for CSV files; the JSON report keeps it as it was.
std::string asText(const std::string& value)
{
    constexpr std::string_view formulaStarts = "=+-@\t\r";
    if (!value.empty() && formulaStarts.find(value.front()) != std::string_view::npos) {
        return "'" + value;
    }
    return value;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string text;
    for (const auto& item : items) {
        text += (text.empty() ? "" : "; ") + item;
    }
    return text;
}

} // namespace

std::string fleetReportToCsv(const FleetReport& report)
{
    std::string text = csvRow({"host", "product", "product_id", "user", "version", "state", "banned", "removal",
                               "rescued", "saved_files", "saved_bytes", "by_hand", "note", "sources"});
    for (const auto& row : report.rows) {
        text += csvRow({asText(row.host), asText(row.product), asText(row.productId), asText(row.user),
                        asText(row.version), row.state, row.banned ? "true" : "false", row.removal,
                        row.rescued ? "true" : "false", std::to_string(row.savedFiles), std::to_string(row.savedBytes),
                        std::to_string(row.byHand), asText(row.note), asText(joined(row.sources))});
    }
    for (const auto& input : report.unreadable) {
        text += csvRow({"", "", "", "", "", "unreadable", "false", "", "false", "0", "0", "0", asText(input.reason),
                        asText(input.file)});
    }
    return text;
}

} // namespace offramp
