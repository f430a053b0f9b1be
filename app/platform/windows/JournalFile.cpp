// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/JournalFile.h"

#include "engine/utils/Error.h"
#include "engine/utils/FolderOf.h"
#include "platform/Elevation.h"
#include "platform/common/Utf8Path.h"
#include "platform/windows/AdminFolder.h"
#include "platform/windows/Handle.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <cstdlib>
#include <random>
#include <system_error>

namespace offramp::platform {

namespace {

Error failure(const std::filesystem::path& path, const std::string& what)
{
    const DWORD error = ::GetLastError();
    return {errorKindOf(std::error_code(static_cast<int>(error), std::system_category())),
            "cannot write " + utf8Text(path) + ": " + what + ": " + windows::win32ErrorText(error), utf8Text(path)};
}

// Windows refuses to replace a file that another program has open: a virus scanner, the search indexer, or
// the wizard following the removal's journal. They let go within moments, so the rename is tried again for a
// few seconds before the save fails.
constexpr int kRenameTries = 100;
constexpr DWORD kRenamePauseMs = 50;

bool renameOver(const std::filesystem::path& from, const std::filesystem::path& to)
{
    for (int attempt = 1;; ++attempt) {
        // Write-through: the rename is on the disk when this returns.
        if (::MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0) {
            return true;
        }
        const DWORD error = ::GetLastError();
        if ((error != ERROR_ACCESS_DENIED && error != ERROR_SHARING_VIOLATION) || attempt == kRenameTries) {
            ::SetLastError(error);
            return false;
        }
        ::Sleep(kRenamePauseMs);
    }
}

} // namespace

void replaceFileAtomically(const std::filesystem::path& path, const std::string& contents)
{
    const std::filesystem::path folder = utils::folderOf(path);
    std::error_code ignored;
    // The elevated side reads back what is in its own folder: only Administrators and SYSTEM may change it.
    // Throws, and nothing is written, when that cannot be made so.
    windows::prepareJournalFolder(folder);
    std::filesystem::create_directories(folder, ignored);
    std::random_device random;
    const std::filesystem::path temporary =
        folder / (L"." + path.filename().wstring() + L".offramp-tmp-" + std::to_wstring(random()));
    windows::Handle file(::CreateFileW(temporary.wstring().c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                       FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!file) {
        throw failure(temporary, "creating a temporary file");
    }
    DWORD written = 0;
    const bool ok =
        ::WriteFile(file.get(), contents.data(), static_cast<DWORD>(contents.size()), &written, nullptr) != 0 &&
        written == contents.size() && ::FlushFileBuffers(file.get()) != 0;
    if (!ok) {
        const auto error = failure(temporary, "writing");
        file.reset();
        ::DeleteFileW(temporary.wstring().c_str());
        throw error;
    }
    file.reset();
    if (!renameOver(temporary, path)) {
        const auto error = failure(path, "renaming the new version into place");
        ::DeleteFileW(temporary.wstring().c_str());
        throw error;
    }
}

std::filesystem::path defaultJournalPath()
{
    // Elevated, as a removal runs: %ProgramData%\Offramp, which only administrators may change (see
    // replaceFileAtomically). Otherwise the user's own %LOCALAPPDATA%\Offramp.
    const wchar_t* local = runningElevated() ? nullptr : _wgetenv(L"LOCALAPPDATA");
    if (local == nullptr || *local == L'\0') {
        return windows::adminJournalFolder() / L"removal-journal.json";
    }
    return std::filesystem::path(local) / L"Offramp" / L"removal-journal.json";
}

} // namespace offramp::platform
