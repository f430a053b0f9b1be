// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SecureDelete.h"

#include "platform/common/Utf8Path.h"
#include "platform/windows/Handle.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Win32.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace offramp::platform {

namespace {

using windows::Handle;

namespace fs = std::filesystem;

using Reason = SecureDeleteError::Reason;

constexpr DWORD kPieceSize = DWORD{64} << 10U;

SecureDeleteError failure(const std::string& what, const fs::path& path, DWORD error)
{
    const bool missing = error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND;
    return {missing ? Reason::Missing : Reason::Failed,
            "cannot " + what + " " + utf8Text(path) + ": " + windows::win32ErrorText(error)};
}

SecureDeleteError notAFile(const fs::path& path, const std::string& why)
{
    return {Reason::NotAFile, "did not delete " + utf8Text(path) + ": " + why};
}

void checkAttributes(const fs::path& path, DWORD attributes)
{
    if ((attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0) {
        throw notAFile(path, "it is a link (only the file itself is deleted, never what a link points to)");
    }
    if ((attributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
        throw notAFile(path, "it is a folder, not a file");
    }
}

void overwrite(HANDLE file, const fs::path& path, std::uint64_t size)
{
    static const std::array<char, kPieceSize> zeros{};
    std::uint64_t done = 0;
    while (done < size) {
        const auto piece = static_cast<DWORD>(std::min<std::uint64_t>(size - done, kPieceSize));
        DWORD written = 0;
        if (::WriteFile(file, zeros.data(), piece, &written, nullptr) == 0) {
            throw failure("overwrite", path, ::GetLastError());
        }
        done += written;
    }
    if (::FlushFileBuffers(file) == 0) {
        throw failure("flush", path, ::GetLastError());
    }
}

} // namespace

void secureDelete(const fs::path& file)
{
    const DWORD attributes = ::GetFileAttributesW(file.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        throw failure("find", file, ::GetLastError());
    }
    checkAttributes(file, attributes);
    // No sharing while it is overwritten; FILE_FLAG_OPEN_REPARSE_POINT opens a link itself, never its target.
    const Handle handle(::CreateFileW(file.c_str(), GENERIC_WRITE | DELETE, 0, nullptr, OPEN_EXISTING,
                                      FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_WRITE_THROUGH,
                                      nullptr));
    if (!handle.valid()) {
        throw failure("open", file, ::GetLastError());
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (::GetFileInformationByHandle(handle.get(), &info) == 0) {
        throw failure("read the details of", file, ::GetLastError());
    }
    checkAttributes(file, info.dwFileAttributes);
    if (info.nNumberOfLinks > 1) {
        throw notAFile(file, "the file has other names (hard links), which overwriting it would change too");
    }
    overwrite(handle.get(), file,
              (static_cast<std::uint64_t>(info.nFileSizeHigh) << 32U) | static_cast<std::uint64_t>(info.nFileSizeLow));
    // Deleting through the handle removes exactly the file that was overwritten, whatever the name holds by now.
    FILE_DISPOSITION_INFO disposition{};
    disposition.DeleteFile = TRUE;
    if (::SetFileInformationByHandle(handle.get(), FileDispositionInfo, &disposition, sizeof(disposition)) == 0) {
        throw failure("remove", file, ::GetLastError());
    }
}

} // namespace offramp::platform
