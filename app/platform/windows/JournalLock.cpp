// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalLock.h"

#include "Registry.h"
#include "Win32.h"
#include "common/Utf8Path.h"
#include "utils/FolderOf.h"
#include "windows/AdminFolder.h"
#include "windows/Handle.h"

#include <string>

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
            throw JournalBusy("another removal is using the journal " + utf8Text(journal));
        }
        throw std::runtime_error("cannot create the lock file " + utf8Text(path) + ": " +
                                 windows::win32ErrorText(error));
    }
}

JournalLock::~JournalLock() = default;

} // namespace offramp::platform
