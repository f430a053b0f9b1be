// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProtectionStatus.h"

namespace offramp::platform {

nlohmann::json protectionToJson(const ProtectionReport& report)
{
    auto antivirus = nlohmann::json::array();
    for (const auto& product : report.antivirus) {
        nlohmann::json entry{{"name", product.name}, {"path", product.path}};
        entry["product_state"] = product.productState ? nlohmann::json(*product.productState) : nlohmann::json();
        antivirus.push_back(std::move(entry));
    }
    nlohmann::json json{{"available", report.available}, {"antivirus", antivirus}};
    if (!report.reason.empty()) {
        json["reason"] = report.reason;
    }
    return json;
}

} // namespace offramp::platform
