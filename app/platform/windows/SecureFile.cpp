// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureFile.h"

namespace offramp::platform {

// Placeholder so that offramp-cli.exe links: owner-only files on Windows need their own ACL handling,
// which is not written yet. Refusing is safer than writing secrets readable by others.
void writeNewPrivateFiles(const std::vector<NewFile>& files)
{
    const std::string where = files.empty() ? std::string() : ": " + files.front().path.string();
    throw SecureFileError(SecureFileError::Reason::Failed,
                          "writing files that hold secrets is not supported on Windows yet" + where);
}

void writeNewPrivateFile(const std::filesystem::path& path, std::string_view contents)
{
    writeNewPrivateFiles({NewFile{path, std::string(contents)}});
}

} // namespace offramp::platform
