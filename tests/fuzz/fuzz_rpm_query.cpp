// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of rpm's package list (linux/RpmDatabaseReader): the bytes are what `rpm -qa --qf` printed.
#include "FuzzSupport.h"
#include "platform/linux/RpmDatabaseReader.h"

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Documented to throw nothing: every line that is not of the format is passed over.
    const auto facts = platform::parseRpmQueryOutput(
        fuzz::text(data, size), [](std::string_view) { return true; }, "/var/lib/rpm");
    for (const Fact& fact : facts) {
        fuzz::require(!fact.name.empty(), "an rpm fact without a name");
        fuzz::require(fact.name.find('\n') == std::string::npos, "an rpm name across lines");
    }
    return 0;
}
