// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_FLEETHOSTRECORD_H
#define OFFRAMP_ENGINE_FLEETHOSTRECORD_H

#include "engine/utils/Error.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace offramp {

constexpr std::string_view kFleetHostRecordKind = "offramp-fleet-host";
constexpr int kFleetHostRecordSchemaVersion = 1;

// What became of a host that gave no result: written on the control machine by the fleet playbook
// (packaging/fleet/ansible) for a host it could not reach or whose offramp-cli failed, so that the fleet
// report lists that host too.
struct FleetHostRecord
{
    enum class Status
    {
        Unreachable, // the host could not be reached or logged in to
        Failed,      // offramp-cli could not be copied or did not run to the end
    };

    std::string host;
    Status status = Status::Failed;
    std::string step;    // where it happened: "copy", "scan", "remove"; may be empty
    std::string message; // what the tool or Ansible said, one line
};

// "unreachable", "failed".
std::string_view fleetHostStatusId(FleetHostRecord::Status status);

// The record could not be read: what() names the JSON pointer and the reason.
class FleetHostRecordError : public Error
{
public:
    explicit FleetHostRecordError(const std::string& message, ErrorKind kind = ErrorKind::Damaged,
                                  std::string subject = {})
        : Error(kind, message, std::move(subject))
    {}
};

// {"kind": "offramp-fleet-host", "schema_version": 1, "host": "...", "status": "unreachable" | "failed",
//  "step": "...", "message": "..."}. Throws FleetHostRecordError.
FleetHostRecord fleetHostRecordFromJson(const nlohmann::json& document);

} // namespace offramp

#endif
