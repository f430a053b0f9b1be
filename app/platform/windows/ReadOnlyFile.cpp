// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/ReadOnlyFile.h"

#include "platform/windows/Handle.h"
#include "platform/windows/Win32.h"

#include <cerrno>
#include <fcntl.h>
#include <io.h>

namespace offramp::platform {

namespace {

int errnoFor(DWORD error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
        return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
        return EACCES;
    default:
        return EIO;
    }
}

} // namespace

// Opened by its UTF-16 name (never the ANSI code page), sharing reading, writing and deletion: a reader here
// keeps no other program from its own work on the file for longer than Windows itself must.
ReadOnlyFile::ReadOnlyFile(const std::filesystem::path& hostPath)
{
    std::error_code code;
    if (std::filesystem::is_directory(hostPath, code)) {
        m_error = EISDIR;
        return;
    }
    windows::Handle handle(::CreateFileW(hostPath.c_str(), GENERIC_READ,
                                         FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                         FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!handle) {
        m_error = errnoFor(::GetLastError());
        return;
    }
    const int fd = ::_open_osfhandle(reinterpret_cast<intptr_t>(handle.get()), _O_RDONLY | _O_BINARY);
    if (fd < 0) {
        m_error = EIO;
        return;
    }
    // The C runtime owns the handle from here: fclose closes it.
    static_cast<void>(handle.release());
    m_stream = ::_fdopen(fd, "rb");
    if (m_stream == nullptr) {
        m_error = errno != 0 ? errno : EIO;
        ::_close(fd);
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
