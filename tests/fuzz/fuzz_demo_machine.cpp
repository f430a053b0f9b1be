// SPDX-License-Identifier: GPL-3.0-or-later
// The demo machine loader (recorded/RecordedProbe): the bytes are a recorded machine (resources/demo/*.json).
// What it accepts goes through the detector and the scan's JSON, as `offramp-cli scan --demo` takes it.
#include "FuzzSupport.h"
#include "engine/Detector.h"
#include "engine/InstalledAlternatives.h"
#include "engine/MachineProbe.h"
#include "engine/ScanJson.h"
#include "engine/Watchlist.h"
#include "platform/recorded/RecordedProbe.h"

#include <string>

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        platform::RecordedProbe probe(std::string(fuzz::text(data, size)), "fuzz.json");
        const Watchlist watchlist(fuzz::shippedCatalog(), probe.platform());
        const MachineFacts facts = probe.probe(watchlist);
        fuzz::require(facts.platform == probe.platform(), "a recorded machine that changes its platform");
        const auto findings = detect(fuzz::shippedCatalog(), facts);
        static_cast<void>(detectAlternatives(fuzz::shippedCatalog(), facts));
        static_cast<void>(scanToJson(facts, findings).dump());
    } catch (const ProbeError&) {
        // Not a valid recorded machine: refused with the JSON pointer and the reason.
    }
    return 0;
}
