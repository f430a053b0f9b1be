// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalFile.h"

#include <fstream>
#include <sstream>
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

Journal JournalFile::load() const
{
    std::ifstream in(m_path, std::ios::binary);
    if (!in) {
        throw JournalError("cannot read the removal journal " + m_path.string() +
                           (exists() ? ": permission denied or not a file" : ": there is no such file"));
    }
    std::ostringstream text;
    text << in.rdbuf();
    return journalFromText(text.str(), m_path.string());
}

} // namespace offramp::platform
