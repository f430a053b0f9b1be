// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RescueLicense.h"

#include "engine/ScanJson.h"

#include <nlohmann/json.hpp>

namespace offramp {

namespace {

constexpr std::string_view kExpiryNotShown =
    "Not shown: nothing Offramp reads on this computer holds the expiry date, and its sources do not say where the "
    "product keeps one. Look it up in the application, or in your order or invoice, before you remove it.";

// The catalog's advice on keeping the activation record of a product, with its sources.
const DataAtRisk* activationRecord(const Product& product)
{
    for (const auto& component : product.components) {
        if (component.id == "license" && !component.dataAtRisk.empty()) {
            return &component.dataAtRisk.front();
        }
    }
    return nullptr;
}

} // namespace

std::string licenseSummary(const Finding& finding)
{
    std::string text = finding.product->name.text();
    if (!finding.version.empty()) {
        text += " " + finding.version;
    }
    return text;
}

nlohmann::json licenseRecordToJson(const Catalog& catalog, Platform platform, const LicenseScan& scan)
{
    auto products = nlohmann::json::array();
    for (const auto& finding : scan.findings) {
        const Product& product = *finding.product;
        nlohmann::json entry{
            {"id", product.id},           {"product", product.name.text()},         {"vendor", product.vendor},
            {"version", finding.version}, {"state", findingStateId(finding.state)}, {"banned", product.banned},
            {"expiry", nullptr},          {"expiry_note", kExpiryNotShown},
        };
        if (finding.version.empty()) {
            entry["version_note"] = "Not shown: the scan found no version for this product.";
        }
        if (!finding.user.empty()) {
            entry["user"] = finding.user;
        }
        if (const DataAtRisk* record = activationRecord(product)) {
            entry["how_to_keep"] = record->howToSave.text();
            entry["sources"] = sourcesToJson(catalog, record->sources);
        }
        products.push_back(std::move(entry));
    }
    nlohmann::json record{
        {"schema_version", 1},
        {"kind", "offramp-license-record"},
        {"tool", "offramp-cli"},
        {"tool_version", OFFRAMP_VERSION},
        {"platform", platformId(platform)},
        {"scanned", scan.scanned},
        {"scanned_what", scan.what},
        {"products", std::move(products)},
        {"warnings", scan.warnings},
    };
    if (!scan.scanned) {
        record["not_scanned_reason"] = scan.reason;
    }
    return record;
}

} // namespace offramp
