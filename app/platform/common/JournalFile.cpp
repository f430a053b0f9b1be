// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalFile.h"

#include "common/ReadOnlyFile.h"

#include <system_error>

namespace offramp::platform {

JournalFile::JournalFile(std::filesystem::path path)
    : m_path(std::move(path))
{}

void JournalFile::save(const Journal& journal)
{
    replaceFileAtomically(m_path, journalToText(journal));
}

bool JournalFile::exists() const
{
    std::error_code error;
    return std::filesystem::exists(m_path, error);
}

std::string JournalFile::loadText() const
{
    const ReadOnlyFile file(m_path);
    auto text = file.contents();
    if (!text) {
        throw JournalError("cannot read the removal journal " + m_path.string() +
                           (exists() ? ": permission denied or not a file" : ": there is no such file"));
    }
    return std::move(*text);
}

Journal JournalFile::load() const
{
    return journalFromText(loadText(), m_path.string());
}

} // namespace offramp::platform
