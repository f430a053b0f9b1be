// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/FleetHostRecord.h"

#include "engine/EnumNames.h"
#include "engine/JsonNode.h"

#include <nlohmann/json.hpp>

namespace offramp {

namespace {

constexpr EnumNames<FleetHostRecord::Status, 2> kStatuses{{
    {FleetHostRecord::Status::Unreachable, "unreachable"},
    {FleetHostRecord::Status::Failed, "failed"},
}};

std::string optionalText(const JsonNode& node, std::string_view key)
{
    const auto member = node.find(key);
    return member ? member->string(true) : std::string();
}

} // namespace

std::string_view fleetHostStatusId(FleetHostRecord::Status status)
{
    return enumName(kStatuses, status);
}

FleetHostRecord fleetHostRecordFromJson(const nlohmann::json& document)
{
    const JsonNode::FailHandler fail = [](const std::string& pointer, const std::string& reason) {
        throw FleetHostRecordError(pointer.empty() ? reason : "at " + pointer + ": " + reason);
    };
    const JsonNode root(document, fail);
    root.requireObject({"kind", "schema_version", "host", "status", "step", "message"});
    if (root.at("kind").string() != kFleetHostRecordKind) {
        root.at("kind").fail("this is not a fleet host record");
    }
    if (root.at("schema_version").integer() != kFleetHostRecordSchemaVersion) {
        root.at("schema_version").fail("this record was written for another version of Offramp");
    }
    FleetHostRecord record;
    record.host = root.at("host").string();
    const auto status = enumFromName(kStatuses, root.at("status").string());
    if (!status) {
        root.at("status").fail("the status must be \"unreachable\" or \"failed\"");
    }
    record.status = *status;
    record.step = optionalText(root, "step");
    record.message = optionalText(root, "message");
    return record;
}

} // namespace offramp
