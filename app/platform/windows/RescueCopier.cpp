// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/RescueCopier.h"

#include "engine/RescueManifest.h"
#include "engine/utils/FolderOf.h"
#include "platform/common/HashPieces.h"
#include "platform/common/Utf8Path.h"
#include "platform/windows/Handle.h"
#include "platform/windows/OwnerOnlySecurity.h"
#include "platform/windows/PathLength.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Win32.h"

#include <algorithm>
#include <optional>
#include <random>
#include <system_error>
#include <utility>
#include <vector>

namespace offramp::platform {

namespace {

using utils::folderOf;

using windows::Handle;

namespace fs = std::filesystem;

using Reason = RescueFileError::Reason;

// Large pieces: few system calls, and the hash works on long runs of whole blocks.
constexpr DWORD kBufferSize = DWORD{1} << 20U;

bool isNoSpace(DWORD error)
{
    return error == ERROR_DISK_FULL || error == ERROR_HANDLE_DISK_FULL || error == ERROR_FILE_TOO_LARGE;
}

// `tried`: the path the failed call was given, when it is not the one named (a file made in that folder).
RescueFileError writeFailure(const std::string& what, const fs::path& path, DWORD error, const fs::path& tried = {})
{
    const Reason reason = isNoSpace(error)                                                ? Reason::NoSpace
                          : windows::failedForLength(error, tried.empty() ? path : tried) ? Reason::PathTooLong
                                                                                          : Reason::Failed;
    return {reason, "cannot " + what + " " + utf8Text(path) + ": " + windows::win32ErrorText(error)};
}

RescueFileError readFailure(const std::string& what, const fs::path& path, DWORD error)
{
    return {Reason::SourceUnreadable, errorKindOf(std::error_code(static_cast<int>(error), std::system_category())),
            "cannot " + what + " " + utf8Text(path) + ": " + windows::win32ErrorText(error), utf8Text(path)};
}

// Opens a source for reading only, sharing it with the programs that have it open, and never through a
// junction or symbolic link.
Handle openSource(const fs::path& path)
{
    Handle source(::CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, FILE_FLAG_SEQUENTIAL_SCAN | FILE_FLAG_OPEN_REPARSE_POINT,
                                nullptr));
    if (!source.valid()) {
        throw readFailure("open", path, ::GetLastError());
    }
    BY_HANDLE_FILE_INFORMATION information{};
    if (::GetFileInformationByHandle(source.get(), &information) == 0) {
        throw readFailure("read", path, ::GetLastError());
    }
    if ((information.dwFileAttributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT)) != 0) {
        throw RescueFileError(Reason::SourceUnreadable, ErrorKind::NotAFile,
                              "cannot copy " + utf8Text(path) + ": it is not a regular file", utf8Text(path));
    }
    return source;
}

std::size_t readSome(HANDLE file, std::uint8_t* buffer, const fs::path& path)
{
    DWORD got = 0;
    if (::ReadFile(file, buffer, kBufferSize, &got, nullptr) == 0) {
        throw readFailure("read", path, ::GetLastError());
    }
    return got;
}

void writeAll(HANDLE file, const std::uint8_t* data, std::size_t size, const fs::path& path)
{
    while (size > 0) {
        const auto piece = static_cast<DWORD>(std::min<std::size_t>(size, kBufferSize));
        DWORD written = 0;
        if (::WriteFile(file, data, piece, &written, nullptr) == 0) {
            throw writeFailure("write", path, ::GetLastError());
        }
        data += written;
        size -= written;
    }
}

// One buffer per thread, made once: many small files are copied as quickly as a few large ones.
std::uint8_t* copyBuffer()
{
    thread_local std::vector<std::uint8_t> buffer(kBufferSize);
    return buffer.data();
}

// Owner-only security attributes; a token that cannot be read is a write failure like any other.
void makeSecurity(std::optional<windows::OwnerOnlySecurity>& security, bool forFolder)
{
    try {
        security.emplace(forFolder);
    } catch (const Error& error) {
        throw RescueFileError(Reason::Failed, error.kind(), error.what());
    }
}

// Creates an owner-only file that did not exist, next to `target`.
std::pair<fs::path, Handle> createTemporary(const fs::path& target)
{
    std::optional<windows::OwnerOnlySecurity> security;
    makeSecurity(security, false);
    std::random_device random;
    std::uniform_int_distribution<std::uint64_t> digits;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path temporary =
            folderOf(target) / pathFromUtf8(rescueTemporaryName(utf8Text(target.filename()), digits(random)));
        Handle file(::CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, security->attributes(), CREATE_NEW,
                                  FILE_ATTRIBUTE_NORMAL | FILE_FLAG_SEQUENTIAL_SCAN, nullptr));
        if (file.valid()) {
            return {temporary, std::move(file)};
        }
        const DWORD error = ::GetLastError();
        if (error != ERROR_FILE_EXISTS && error != ERROR_ALREADY_EXISTS) {
            throw writeFailure("create a file in", folderOf(target), error, temporary);
        }
    }
    throw RescueFileError(Reason::Failed, "cannot find a free temporary name in " + utf8Text(folderOf(target)));
}

// Flushes, dates, closes and renames a finished temporary file onto its target (write-through).
void finish(Handle& file, const fs::path& temporary, const fs::path& target, const std::optional<FILETIME>& modified)
{
    if (::FlushFileBuffers(file.get()) == 0) {
        throw writeFailure("flush", temporary, ::GetLastError());
    }
    if (modified) {
        // The copy keeps the date of the original: "the backup of 12 March" stays recognisable.
        ::SetFileTime(file.get(), nullptr, nullptr, &*modified);
    }
    if (!file.close()) {
        throw writeFailure("write", temporary, ::GetLastError());
    }
    if (::MoveFileExW(temporary.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) == 0) {
        throw writeFailure("rename a finished copy to", target, ::GetLastError());
    }
}

} // namespace

HashedFile hashFile(const fs::path& path)
{
    const Handle source = openSource(path);
    return hashPieces(
        copyBuffer(), [&](std::uint8_t* buffer) { return readSome(source.get(), buffer, path); },
        [](const std::uint8_t*, std::size_t, std::uint64_t) {});
}

HashedFile copyHashed(const fs::path& source, const fs::path& target, const CopyProgress& progress)
{
    const Handle input = openSource(source);
    FILETIME written{};
    const std::optional<FILETIME> modified =
        ::GetFileTime(input.get(), nullptr, nullptr, &written) != 0 ? std::optional<FILETIME>(written) : std::nullopt;
    // Named, not bound (auto [...]): the lambdas below capture them.
    auto created = createTemporary(target);
    const fs::path& temporary = created.first;
    Handle& output = created.second;
    try {
        const HashedFile result = hashPieces(
            copyBuffer(), [&](std::uint8_t* buffer) { return readSome(input.get(), buffer, source); },
            [&](const std::uint8_t* buffer, std::size_t got, std::uint64_t total) {
                writeAll(output.get(), buffer, got, temporary);
                if (progress) {
                    progress(total);
                }
            });
        finish(output, temporary, target, modified);
        return result;
    } catch (...) {
        if (output.valid()) {
            output.close();
        }
        ::DeleteFileW(temporary.c_str());
        throw;
    }
}

void writeBundleFile(const fs::path& target, std::string_view contents)
{
    auto [temporary, output] = createTemporary(target);
    try {
        writeAll(output.get(), reinterpret_cast<const std::uint8_t*>(contents.data()), contents.size(), temporary);
        finish(output, temporary, target, std::nullopt);
    } catch (...) {
        if (output.valid()) {
            output.close();
        }
        ::DeleteFileW(temporary.c_str());
        throw;
    }
}

void createPrivateFolders(const fs::path& folder)
{
    if (folder.empty()) {
        return;
    }
    const DWORD attributes = ::GetFileAttributesW(folder.c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES) {
        if ((attributes & FILE_ATTRIBUTE_DIRECTORY) == 0) {
            throw RescueFileError(Reason::Failed, "cannot use " + utf8Text(folder) + ": it is not a folder");
        }
        return;
    }
    if (folder.has_parent_path() && folder.parent_path() != folder) {
        createPrivateFolders(folder.parent_path());
    }
    std::optional<windows::OwnerOnlySecurity> security;
    makeSecurity(security, true);
    if (::CreateDirectoryW(folder.c_str(), security->attributes()) == 0) {
        const DWORD error = ::GetLastError();
        if (error != ERROR_ALREADY_EXISTS) {
            throw writeFailure("create the folder", folder, error);
        }
    }
}

void flushFolder(const fs::path& /*folder*/)
{
    // Each rename was made with MOVEFILE_WRITE_THROUGH, which puts it on the disk before it returns.
}

std::uint64_t freeSpace(const fs::path& folder)
{
    ULARGE_INTEGER available{};
    if (::GetDiskFreeSpaceExW(folder.c_str(), &available, nullptr, nullptr) == 0) {
        throw writeFailure("measure the free space of", folder, ::GetLastError());
    }
    return available.QuadPart;
}

fs::path systemRoot()
{
    std::wstring drive(8, L'\0');
    const DWORD length = ::GetEnvironmentVariableW(L"SystemDrive", drive.data(), static_cast<DWORD>(drive.size()));
    if (length == 0 || length >= drive.size()) {
        return L"C:\\";
    }
    drive.resize(length);
    return drive + L"\\";
}

} // namespace offramp::platform
