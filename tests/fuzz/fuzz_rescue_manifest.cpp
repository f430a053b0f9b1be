// SPDX-License-Identifier: GPL-3.0-or-later
// The rescue manifest reader (engine/RescueManifest), which verify and a second rescue use on a bundle that may
// come back from a USB stick changed. A manifest it reads is written back and read again unchanged, and every
// path it accepts stays inside the bundle.
#include "FuzzSupport.h"
#include "engine/RescueManifest.h"

#include <nlohmann/json.hpp>

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    RescueManifest manifest;
    try {
        manifest = rescueManifestFromText(fuzz::text(data, size));
    } catch (const RescueManifestError&) {
        return 0; // refused with the JSON pointer and the reason
    }
    for (const RescuedFile& file : manifest.files) {
        fuzz::require(isSafeBundlePath(file.path), "a manifest path that leaves the bundle");
    }
    for (const RescueRecordFile& record : manifest.records) {
        fuzz::require(isSafeBundlePath(record.path), "a record path that leaves the bundle");
    }
    const std::string written = rescueManifestToJson(manifest).dump(2);
    RescueManifest again;
    try {
        again = rescueManifestFromText(written);
    } catch (const RescueManifestError& error) {
        static_cast<void>(std::fprintf(stderr, "%s\n", error.what()));
        fuzz::require(false, "a manifest Offramp wrote cannot be read back");
    }
    fuzz::require(rescueManifestToJson(again).dump(2) == written, "a manifest changes when it is read back");
    return 0;
}
