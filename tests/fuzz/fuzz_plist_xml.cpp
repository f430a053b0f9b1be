// SPDX-License-Identifier: GPL-3.0-or-later
// The XML property list reader (macos/XmlPlist): the bytes are an Info.plist or a launchd job.
#include "FuzzSupport.h"
#include "platform/macos/Plist.h"

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        fuzz::walkPlist(platform::parseXmlPlist(fuzz::text(data, size)));
    } catch (const platform::PlistError&) {
        // Not a property list Offramp can read.
    }
    return 0;
}
