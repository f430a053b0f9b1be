// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/JournalLock.h"

#include "engine/utils/FolderOf.h"
#include "platform/common/Utf8Path.h"
#include "platform/windows/AdminFolder.h"
#include "platform/windows/Handle.h"
#include "platform/windows/PathLength.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Win32.h"

#include <string>
#include <system_error>

namespace offramp::platform {

struct JournalLock::Handle
{
    windows::Handle file;
};

JournalLock::JournalLock(const std::filesystem::path& journal)
    : m_handle(std::make_unique<Handle>())
{
    // The journal's own folder is made only administrators may change, before the lock file goes into it.
    windows::prepareJournalFolder(utils::folderOf(journal));
    const std::filesystem::path path = lockFileFor(journal);
    // No sharing: a second open fails while this handle lives. Windows closes it when the process ends,
    // and then deletes the file.
    m_handle->file = windows::Handle(CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_ALWAYS,
                                                 FILE_ATTRIBUTE_NORMAL | FILE_FLAG_DELETE_ON_CLOSE, nullptr));
    if (!m_handle->file) {
        const DWORD error = GetLastError();
        if (error == ERROR_SHARING_VIOLATION) {
            throw JournalBusy("another removal is using the journal " + utf8Text(journal), ErrorKind::Busy,
                              utf8Text(journal));
        }
        if (windows::failedForLength(error, path)) {
            throw Error(ErrorKind::PathTooLong,
                        "cannot create the lock file " + utf8Text(path) + ": its path or name is longer than Windows " +
                            "allows: " + windows::win32ErrorText(error),
                        utf8Text(path));
        }
        throw Error(errorKindOf(std::error_code(static_cast<int>(error), std::system_category())),
                    "cannot create the lock file " + utf8Text(path) + ": " + windows::win32ErrorText(error),
                    utf8Text(path));
    }
}

JournalLock::~JournalLock() = default;

bool journalLockHeld(const std::filesystem::path& journal)
{
    std::filesystem::path path = journal;
    path += ".lock";
    // The holder opened it without sharing: any open fails while it lives. Read-only, existing only: nothing is made.
    const windows::Handle file(
        CreateFileW(path.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    return !file && GetLastError() == ERROR_SHARING_VIOLATION;
}

} // namespace offramp::platform
