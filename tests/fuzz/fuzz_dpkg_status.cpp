// SPDX-License-Identifier: GPL-3.0-or-later
// The dpkg status database reader (linux/DpkgStatusReader): the bytes are a status file.
#include "FuzzSupport.h"
#include "engine/MachineProbe.h"
#include "platform/linux/DpkgStatusReader.h"

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view status = fuzz::text(data, size);
    try {
        const auto facts = platform::readDpkgStatus(status, [](std::string_view) { return true; });
        for (const Fact& fact : facts) {
            fuzz::require(!fact.name.empty(), "a package fact without a name");
            fuzz::require(fact.kind == FactKind::Package || fact.kind == FactKind::PackageConfigFiles,
                          "a dpkg fact that is not a package");
        }
    } catch (const ProbeError&) {
        // A damaged database, refused with its line.
    }
    return 0;
}
