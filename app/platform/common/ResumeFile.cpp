// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/ResumeFile.h"

#include "platform/JournalFile.h"
#include "platform/ResumeAtLogin.h"
#include "platform/common/ReadOnlyFile.h"
#include "platform/common/ResumeEntryCheck.h"
#include "platform/common/Utf8Path.h"

#include <cstdint>
#include <system_error>
#include <utility>

namespace offramp::platform {

namespace fs = std::filesystem;

namespace {

// A login entry is a few hundred bytes; anything over 64 KiB is not one of Offramp's.
constexpr std::uintmax_t kLargestEntry = 65536;

} // namespace

std::string writeResumeFile(const fs::path& path, const std::string& contents)
{
    try {
        replaceFileAtomically(path, contents);
    } catch (const std::exception& error) {
        throw resumeAtLoginError(error.what());
    }
    return utf8Text(path);
}

std::optional<std::string> readResumeFile(const fs::path& path)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
        return std::nullopt;
    }
    const std::string where = utf8Text(path);
    if (error) {
        throw ResumeAtLoginError("cannot read " + where + ": " + error.message() +
                                 "; check its permissions or delete it");
    }
    if (status.type() != fs::file_type::regular || fs::file_size(path, error) > kLargestEntry) {
        throw ResumeAtLoginError(where + " is not a login entry Offramp wrote; move it away or delete it");
    }
    const ReadOnlyFile file(path);
    auto text = file.contents();
    if (!text) {
        throw ResumeAtLoginError("cannot read " + where + "; check its permissions or delete it");
    }
    return std::move(*text);
}

bool removeResumeFile(const fs::path& path)
{
    std::error_code error;
    const bool removed = fs::remove(path, error);
    if (error) {
        throw ResumeAtLoginError("cannot remove " + utf8Text(path) + ": " + error.message() +
                                 "; delete it yourself, or Offramp opens again at the next login");
    }
    return removed;
}

} // namespace offramp::platform
