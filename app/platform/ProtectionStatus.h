// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_PROTECTIONSTATUS_H
#define OFFRAMP_PLATFORM_PROTECTIONSTATUS_H

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace offramp::platform {

// An antivirus product as the system's own registry of them lists it.
struct ProtectionProduct
{
    std::string name;
    // The state word as the system reports it. Microsoft does not document its bits, so it is passed on
    // as it is rather than decoded into "on" or "off".
    std::optional<std::uint32_t> productState;
    std::string path;
};

// What protects this computer now, as far as the system knows (Windows Security Center). Where it
// cannot be asked (another system, or Wine), `available` is false and `reason` says why, in one line.
struct ProtectionReport
{
    bool available = false;
    std::string reason;
    std::vector<ProtectionProduct> antivirus;
};

// Asks the computer this runs on; the host folder (posix/ or windows/) provides it.
ProtectionReport readProtectionStatus();

// {"available": bool, "reason": "...", "antivirus": [{"name", "product_state", "path"}]}
nlohmann::json protectionToJson(const ProtectionReport& report);

} // namespace offramp::platform

#endif
