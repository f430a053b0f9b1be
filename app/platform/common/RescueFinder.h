// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_COMMON_RESCUEFINDER_H
#define OFFRAMP_PLATFORM_COMMON_RESCUEFINDER_H

#include "engine/RescueManifest.h"
#include "engine/RescueSources.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace offramp::platform {

// A file at a rescue location, ready to be copied.
struct RescueSourceFile
{
    std::string machinePath;        // "/Users/alice/Documents/Kaspersky Password Manager/Backup/a.edb"
    std::filesystem::path hostPath; // where this program reads it
    std::uint64_t size = 0;
    const RescueLocation* location = nullptr;
};

struct FoundRescueSources
{
    std::vector<RescueSourceFile> files; // sorted by machine path, each once
    std::vector<RescueSkipped> skipped;  // symbolic links, unlistable folders, names a manifest cannot hold
};

// Expands each location under `root` ('*' and '?' within one component; on Windows without regard to letter
// case, as Windows itself matches names) and walks the folders it matches. Symbolic links are never followed:
// a link inside a location is listed as skipped, and a match that leads out of `root` is skipped too. Nothing
// inside `exclude` (the bundle being written) is taken.
FoundRescueSources findRescueSources(Platform platform, const std::filesystem::path& root,
                                     const std::vector<RescueLocation>& locations,
                                     const std::filesystem::path& exclude);

} // namespace offramp::platform

#endif
