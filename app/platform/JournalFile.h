// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_JOURNALFILE_H
#define OFFRAMP_PLATFORM_JOURNALFILE_H

#include "engine/RemovalJournal.h"

#include <filesystem>
#include <string>

namespace offramp::platform {

// The journal on disk. Every save replaces the file atomically: the new text goes to a temporary file in
// the same folder, is flushed to the disk and renamed over the old one, and the folder is flushed, so a
// crash or power cut at any moment leaves either the old journal or the new one, never a mix.
class JournalFile : public JournalStore
{
public:
    explicit JournalFile(std::filesystem::path path);

    void save(const Journal& journal) override;
    // Throws JournalError when the file is missing, unreadable or not a journal.
    Journal load() const;
    // The file's text, as a reader following another process's removal sees it: always one whole version.
    // Throws JournalError when it is missing or unreadable.
    std::string loadText() const;
    bool exists() const;
    // Renames the file to a free name beside it ("removal-journal.json.damaged", then ".damaged-2", ...) and
    // returns that name: a file that is not a journal Offramp can read is never written over, since it may be
    // the only record of an earlier removal or not a journal at all. Throws Error (one line; its kind says why).
    std::filesystem::path keepAside() const;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// Where removals keep their journal when no --journal is given: a folder only administrators can write
// (/var/lib/offramp, %ProgramData%\Offramp) when running with administrator rights, the user's state
// folder otherwise.
std::filesystem::path defaultJournalPath();

// Replaces `path` with `contents` atomically, as described above. Throws Error (one line; its kind says why).
void replaceFileAtomically(const std::filesystem::path& path, const std::string& contents);

} // namespace offramp::platform

#endif
