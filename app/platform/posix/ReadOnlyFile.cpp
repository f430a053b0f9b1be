// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/ReadOnlyFile.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace offramp::platform {

ReadOnlyFile::ReadOnlyFile(const std::filesystem::path& hostPath)
{
    const int fd = ::open(hostPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        m_error = errno;
        return;
    }
    m_stream = ::fdopen(fd, "rb");
    if (m_stream == nullptr) {
        m_error = errno;
        ::close(fd);
        return;
    }
    struct stat info
    {};
    if (::fstat(fd, &info) != 0) {
        m_error = errno;
        return;
    }
    if (S_ISDIR(info.st_mode)) {
        m_error = EISDIR;
        return;
    }
    if (S_ISREG(info.st_mode) && info.st_size > 0) {
        // dpkg replaces its database rather than rewriting it, so a mapped version stays whole while read.
        const auto size = static_cast<std::size_t>(info.st_size);
        void* const address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (address != MAP_FAILED) {
            ::madvise(address, size, MADV_SEQUENTIAL);
            m_mapped = std::string_view(static_cast<const char*>(address), size);
            m_mappedSize = size;
        }
    }
}

ReadOnlyFile::~ReadOnlyFile()
{
    if (m_mapped) {
        ::munmap(const_cast<char*>(m_mapped->data()), m_mappedSize);
    }
    if (m_stream != nullptr) {
        // Read-only: nothing was written that a failed close could lose.
        (void)std::fclose(m_stream);
    }
}

} // namespace offramp::platform
