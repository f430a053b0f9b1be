// SPDX-License-Identifier: GPL-3.0-or-later
// The binary property list reader (macos/BinaryPlist): the bytes are a "bplist00" Info.plist or launchd job.
#include "FuzzSupport.h"
#include "platform/macos/Plist.h"

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        fuzz::walkPlist(platform::parseBinaryPlist(fuzz::text(data, size)));
    } catch (const platform::PlistError&) {
        // Not a property list Offramp can read.
    }
    return 0;
}
