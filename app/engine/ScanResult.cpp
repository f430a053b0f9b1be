// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ScanResult.h"

#include "engine/Finding.h"
#include "engine/JsonNode.h"
#include "engine/ScanJson.h"

#include <nlohmann/json.hpp>

namespace offramp {

namespace {

std::string optionalText(const JsonNode& node, std::string_view key)
{
    const auto member = node.find(key);
    return member ? member->string(true) : std::string();
}

ScannedProduct readFinding(const JsonNode& node)
{
    ScannedProduct product;
    product.id = node.at("id").string();
    product.vendor = optionalText(node, "vendor");
    product.product = node.at("product").string();
    product.version = optionalText(node, "version");
    product.state = node.at("state").string();
    if (product.state != findingStateId(FindingState::Installed) &&
        product.state != findingStateId(FindingState::Leftovers)) {
        node.at("state").fail("\"" + product.state + "\" is neither \"installed\" nor \"leftovers\"");
    }
    product.banned = node.at("banned").boolean();
    product.user = optionalText(node, "user");
    return product;
}

} // namespace

ScanResult scanResultFromJson(const nlohmann::json& document)
{
    const JsonNode::FailHandler fail = [](const std::string& pointer, const std::string& reason) {
        throw ScanResultError(pointer.empty() ? reason : "at " + pointer + ": " + reason);
    };
    const JsonNode root(document, fail);
    if (!document.is_object()) {
        root.fail("expected a JSON object");
    }
    root.requireSchemaVersion(kScanSchemaVersion);
    ScanResult result;
    result.host = optionalText(root, "host");
    result.platform = root.at("platform").string();
    result.root = optionalText(root, "root");
    for (const auto& item : root.at("findings").array(true)) {
        result.findings.push_back(readFinding(item));
    }
    if (const auto warnings = root.find("warnings")) {
        for (const auto& item : warnings->array(true)) {
            result.warnings.push_back(item.string(true));
        }
    }
    return result;
}

} // namespace offramp
