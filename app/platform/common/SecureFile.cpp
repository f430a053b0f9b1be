// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SecureFile.h"

#include "platform/common/PrivateFileSteps.h"

namespace offramp::platform {

void writeNewPrivateFiles(const std::vector<NewFile>& files)
{
    // Checked first, so that a clash is reported before anything is written; the rename checks again.
    for (const auto& file : files) {
        host::checkNewFileTarget(file.path);
    }
    std::vector<std::filesystem::path> temporaries;
    std::vector<std::filesystem::path> placed;
    try {
        host::writePrivateTemporaries(files, temporaries);
        for (std::size_t i = 0; i < files.size(); ++i) {
            host::placeNewFile(temporaries[i], files[i].path);
            placed.push_back(files[i].path);
        }
    } catch (...) {
        for (const auto& temporary : temporaries) {
            host::removeMadeFile(temporary);
        }
        // Only names this call created a moment ago: all or none.
        for (const auto& path : placed) {
            host::removeMadeFile(path);
        }
        throw;
    }
    host::flushNewNames(files);
}

void writeNewPrivateFile(const std::filesystem::path& path, std::string_view contents)
{
    writeNewPrivateFiles({NewFile{path, std::string(contents)}});
}

} // namespace offramp::platform
