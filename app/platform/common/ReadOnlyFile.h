// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_READONLYFILE_H
#define OFFRAMP_PLATFORM_READONLYFILE_H

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace offramp::platform {

// A file opened for reading. Where the host can, a regular file is mapped into memory, so a large
// database is scanned where it lies in the page cache; otherwise it is read through stream().
// The host folder (posix/ or windows/) provides the implementation.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const std::filesystem::path& hostPath);
    ~ReadOnlyFile();
    ReadOnlyFile(const ReadOnlyFile&) = delete;
    ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;
    ReadOnlyFile(ReadOnlyFile&&) = delete;
    ReadOnlyFile& operator=(ReadOnlyFile&&) = delete;

    // 0 when open; otherwise the errno value saying why not (EISDIR for a folder).
    int error() const { return m_error; }
    // The whole file, when it could be mapped.
    std::optional<std::string_view> mapped() const { return m_mapped; }
    // The open stream, for reading in pieces when the file is not mapped.
    std::FILE* stream() const { return m_stream; }
    // The whole file as it is now; nothing when it is not open or a read fails.
    std::optional<std::string> contents() const
    {
        if (m_mapped) {
            return std::string(*m_mapped);
        }
        if (m_stream == nullptr) {
            return std::nullopt;
        }
        std::string text;
        std::array<char, 65536> buffer{};
        std::size_t got = 0;
        while ((got = std::fread(buffer.data(), 1, buffer.size(), m_stream)) > 0) {
            text.append(buffer.data(), got);
        }
        if (std::ferror(m_stream) != 0) {
            return std::nullopt;
        }
        return text;
    }

private:
    int m_error = 0;
    std::FILE* m_stream = nullptr;
    std::optional<std::string_view> m_mapped;
    std::size_t m_mappedSize = 0;
};

} // namespace offramp::platform

#endif
