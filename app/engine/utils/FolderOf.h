// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_UTILS_FOLDEROF_H
#define OFFRAMP_ENGINE_UTILS_FOLDEROF_H

#include <filesystem>

namespace offramp::utils {

// The folder a file is in: its parent, or "." for a bare name, which lives in the current folder. Writers
// create temporaries there and flush it after a rename, so it must never be empty.
std::filesystem::path folderOf(const std::filesystem::path& file);

} // namespace offramp::utils

#endif
