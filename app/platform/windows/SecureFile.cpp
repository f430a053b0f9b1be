// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SecureFile.h"

#include "engine/RescueManifest.h"
#include "engine/utils/FolderOf.h"
#include "platform/common/PrivateFileSteps.h"
#include "platform/common/Utf8Path.h"
#include "platform/windows/Handle.h"
#include "platform/windows/OwnerOnlySecurity.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Win32.h"

#include <algorithm>
#include <random>
#include <stdexcept>

namespace offramp::platform {

namespace {

using utils::folderOf;

namespace fs = std::filesystem;

using Reason = SecureFileError::Reason;

SecureFileError failure(const std::string& what, const fs::path& path, DWORD error)
{
    return {Reason::Failed, "cannot " + what + " " + utf8Text(path) + ": " + windows::win32ErrorText(error)};
}

SecureFileError alreadyExists(const fs::path& path)
{
    return {Reason::AlreadyExists, utf8Text(path) + " already exists; Offramp never overwrites a file, so choose "
                                                    "another name or move the existing file away"};
}

bool nameTaken(const fs::path& path)
{
    if (::GetFileAttributesW(path.c_str()) != INVALID_FILE_ATTRIBUTES) {
        return true;
    }
    const DWORD error = ::GetLastError();
    if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND) {
        return false;
    }
    throw failure("look for", path, error);
}

void checkTarget(const fs::path& path)
{
    if (path.filename().empty() || path.filename() == "." || path.filename() == "..") {
        throw SecureFileError(Reason::Failed, "cannot write " + utf8Text(path) + ": it names a folder, not a file");
    }
    const fs::path folder = folderOf(path);
    const DWORD attributes = ::GetFileAttributesW(folder.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        throw failure("write into the folder", folder, ::GetLastError());
    }
    if ((attributes & FILE_ATTRIBUTE_DIRECTORY) == 0) {
        throw SecureFileError(Reason::Failed, "cannot write into " + utf8Text(folder) + ": it is not a folder");
    }
    if (nameTaken(path)) {
        throw alreadyExists(path);
    }
}

void writeAll(HANDLE file, std::string_view contents, const fs::path& path)
{
    while (!contents.empty()) {
        const auto piece = static_cast<DWORD>(std::min<std::size_t>(contents.size(), std::size_t{1} << 30U));
        DWORD written = 0;
        if (::WriteFile(file, contents.data(), piece, &written, nullptr) == 0) {
            throw failure("write", path, ::GetLastError());
        }
        contents.remove_prefix(written);
    }
}

// Writes one temporary file, owner-only from its creation, next to its target, and flushes it to the disk;
// returns its name. Removes it on failure.
fs::path writeTemporary(const NewFile& file, windows::OwnerOnlySecurity& security)
{
    std::random_device random;
    std::uniform_int_distribution<std::uint64_t> digits;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path temporary =
            folderOf(file.path) / pathFromUtf8(rescueTemporaryName(utf8Text(file.path.filename()), digits(random)));
        // CREATE_NEW: never opens what is there already.
        windows::Handle handle(::CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, security.attributes(), CREATE_NEW,
                                             FILE_ATTRIBUTE_NORMAL, nullptr));
        if (!handle) {
            const DWORD error = ::GetLastError();
            if (error == ERROR_FILE_EXISTS || error == ERROR_ALREADY_EXISTS) {
                continue;
            }
            throw failure("create a temporary file in", folderOf(file.path), error);
        }
        try {
            writeAll(handle.get(), file.contents, temporary);
            if (::FlushFileBuffers(handle.get()) == 0) {
                throw failure("flush", temporary, ::GetLastError());
            }
        } catch (...) {
            handle.reset();
            ::DeleteFileW(temporary.c_str());
            throw;
        }
        if (!handle.close()) {
            const DWORD error = ::GetLastError();
            ::DeleteFileW(temporary.c_str());
            throw failure("write", temporary, error);
        }
        return temporary;
    }
    throw SecureFileError(Reason::Failed, "cannot find a free temporary name in " + utf8Text(folderOf(file.path)));
}

// Gives the temporary file its name, failing if the name exists; write-through, so it is on the disk on return.
void placeWithoutReplacing(const fs::path& temporary, const fs::path& path)
{
    if (::MoveFileExW(temporary.c_str(), path.c_str(), MOVEFILE_WRITE_THROUGH) != 0) {
        return;
    }
    const DWORD error = ::GetLastError();
    if (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS) {
        throw alreadyExists(path);
    }
    throw failure("rename a temporary file to", path, error);
}

} // namespace

namespace host {

void checkNewFileTarget(const fs::path& path)
{
    checkTarget(path);
}

void writePrivateTemporaries(const std::vector<NewFile>& files, std::vector<fs::path>& temporaries)
{
    try {
        windows::OwnerOnlySecurity security;
        for (const auto& file : files) {
            temporaries.push_back(writeTemporary(file, security));
        }
    } catch (const SecureFileError&) {
        throw;
    } catch (const std::exception& error) { // the owner-only security could not be built
        throw SecureFileError(Reason::Failed, error.what());
    }
}

void placeNewFile(const fs::path& temporary, const fs::path& path)
{
    placeWithoutReplacing(temporary, path);
}

void removeMadeFile(const fs::path& path) noexcept
{
    ::DeleteFileW(path.c_str());
}

void flushNewNames(const std::vector<NewFile>& /*files*/)
{
    // MOVEFILE_WRITE_THROUGH: each name was on the disk when placeNewFile returned.
}

} // namespace host

} // namespace offramp::platform
