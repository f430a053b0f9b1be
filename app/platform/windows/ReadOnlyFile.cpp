// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ReadOnlyFile.h"

#include <cerrno>
#include <system_error>

namespace offramp::platform {

// On Windows a --root tree is read in pieces; _wfopen takes names outside the ANSI code page.
ReadOnlyFile::ReadOnlyFile(const std::filesystem::path& hostPath)
{
    std::error_code code;
    if (std::filesystem::is_directory(hostPath, code)) {
        m_error = EISDIR;
        return;
    }
    errno = 0;
    m_stream = ::_wfopen(hostPath.c_str(), L"rb");
    if (m_stream == nullptr) {
        m_error = errno != 0 ? errno : ENOENT;
    }
}

ReadOnlyFile::~ReadOnlyFile()
{
    if (m_stream != nullptr) {
        // Read-only: nothing was written that a failed close could lose.
        (void)std::fclose(m_stream);
    }
}

} // namespace offramp::platform
