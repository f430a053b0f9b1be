// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_ADMINFOLDER_H
#define OFFRAMP_PLATFORM_WINDOWS_ADMINFOLDER_H

#include <filesystem>
#include <string>
#include <vector>

// The folder the elevated removal keeps its journal in, %ProgramData%\Offramp: only Administrators and
// SYSTEM may change what is in it (users may read it), because the elevated side reads it back.
namespace offramp::platform::windows {

// %ProgramData%\Offramp.
std::filesystem::path adminJournalFolder();

// What lets anyone other than Administrators and SYSTEM change the folder, one phrase each ("its owner is
// PC\alice", "Users may change it"); empty when only they may. Throws offramp::Error (one line, of the system
// error's kind, the folder as its subject) when its security cannot be read.
std::vector<std::string> adminFolderProblems(const std::filesystem::path& folder);

struct AdminFolderResult
{
    bool created = false;
    std::vector<std::string> fixed; // what was looser before it was fixed (adminFolderProblems' phrases)
};

// Makes the folder (its parent must exist) with only Administrators and SYSTEM allowed to change it, and
// Users to read it. When it already exists with looser rights, gives it Administrators as its owner and that
// access list, which what is inside inherits; nothing is deleted. Throws offramp::Error (one line, the folder as
// its subject) when it cannot (of the system error's kind; NoPermission when others may still change it), or when
// the folder is a link or a file (NotAFile): then nothing should be written there. A file system
// that does not keep the access list as given (Wine's, which derives one from the Unix permissions) may still
// show the account this program runs as as owner and writer afterwards; that is accepted, anyone else is not.
// A fix is also kept as a note, one line, for takeAdminFolderNotes().
AdminFolderResult secureAdminFolder(const std::filesystem::path& folder);

// Before anything goes into `folder`: when this program runs elevated and it is the journal's folder
// (adminJournalFolder()), makes it or gives it back to administrators with secureAdminFolder(); other folders
// are left to the caller. Throws offramp::Error (one line) as secureAdminFolder() does.
void prepareJournalFolder(const std::filesystem::path& folder);

// The notes of the fixes made since the last call, for the removal's journal.
std::vector<std::string> takeAdminFolderNotes();

} // namespace offramp::platform::windows

#endif
