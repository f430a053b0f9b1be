// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetReportWriters.h"
#include "PasswordCsv.h"

namespace offramp {

namespace {

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
        text += csvRow({row.host, row.product, row.productId, row.user, row.version, row.state,
                        row.banned ? "true" : "false", row.removal, row.rescued ? "true" : "false",
                        std::to_string(row.savedFiles), std::to_string(row.savedBytes), std::to_string(row.byHand),
                        row.note, joined(row.sources)});
    }
    for (const auto& input : report.unreadable) {
        text +=
            csvRow({"", "", "", "", "", "unreadable", "false", "", "false", "0", "0", "0", input.reason, input.file});
    }
    return text;
}

} // namespace offramp
