// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/RescueSetup.h"

#include "engine/JsonNode.h"
#include "platform/HostName.h"
#include "platform/common/RescueFinder.h"

#include <nlohmann/json.hpp>

#include <system_error>

namespace offramp::platform {

namespace fs = std::filesystem;

RescueRequest makeRescueRequest(const Catalog& catalog, Platform platform, const fs::path& root, const fs::path& bundle,
                                const LicenseScan& scan)
{
    RescueRequest request;
    request.platform = platform;
    request.root = root;
    request.bundle = bundle;
    request.host = root == systemRoot() ? hostName() : machineHostName(platform, root);
    request.locations = rescueLocations(catalog, platform, scan.findings);
    for (const auto& item : manualRescues(scan.findings, platform)) {
        request.byHand.push_back({item.product->id, item.data->id, item.data->what.text(), item.data->howToSave.text(),
                                  item.data->ifSkipped.text()});
    }
    // The root may not be UTF-8 and must not stop a rescue: such bytes become U+FFFD in the record.
    request.licenseRecord = jsonText(licenseRecordToJson(catalog, platform, scan)) + "\n";
    return request;
}

std::uint64_t rescueSourceBytes(const RescueRequest& request)
{
    std::error_code error;
    if (!fs::is_directory(request.root, error)) {
        return 0;
    }
    std::uint64_t total = 0;
    for (const auto& file :
         findRescueSources(request.platform, request.root, request.locations, request.bundle).files) {
        total += file.size;
    }
    return total;
}

} // namespace offramp::platform
