// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/JournalFile.h"

#include "platform/common/ReadOnlyFile.h"

#include <stdexcept>
#include <string>
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
        const bool there = exists();
        const ErrorKind kind = !there              ? ErrorKind::NotFound
                               : file.error() != 0 ? errorKindOf(std::error_code(file.error(), std::generic_category()))
                                                   : ErrorKind::Unreadable;
        throw JournalError("cannot read the removal journal " + m_path.string() +
                               (there ? ": permission denied or not a file" : ": there is no such file"),
                           kind == ErrorKind::Failed ? ErrorKind::Unreadable : kind, m_path.string());
    }
    return std::move(*text);
}

std::filesystem::path JournalFile::keepAside() const
{
    for (int copy = 1; copy <= 99; ++copy) {
        std::filesystem::path aside = m_path;
        aside += copy == 1 ? std::string(".damaged") : ".damaged-" + std::to_string(copy);
        std::error_code error;
        if (std::filesystem::exists(std::filesystem::symlink_status(aside, error))) {
            continue;
        }
        std::filesystem::rename(m_path, aside, error);
        if (error) {
            throw Error(errorKindOf(error),
                        "cannot rename " + m_path.string() + " to " + aside.filename().string() + ": " +
                            error.message(),
                        m_path.string());
        }
        return aside;
    }
    throw Error(ErrorKind::AlreadyExists,
                "cannot rename " + m_path.string() + ": 99 earlier copies are already beside it", m_path.string());
}

Journal JournalFile::load() const
{
    return journalFromText(loadText(), m_path.string());
}

} // namespace offramp::platform
