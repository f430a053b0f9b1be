// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_COMMON_RESUMEFILE_H
#define OFFRAMP_PLATFORM_COMMON_RESUMEFILE_H

#include <filesystem>
#include <optional>
#include <string>

// The file a login entry lives in (an XDG autostart entry, a LaunchAgent). Errors are ResumeAtLoginError.
namespace offramp::platform {

// Replaces the file atomically (temporary file in the same folder, flushed, renamed), creating its folder;
// returns the path as UTF-8.
std::string writeResumeFile(const std::filesystem::path& path, const std::string& contents);
// The file's text; nullopt when there is none.
std::optional<std::string> readResumeFile(const std::filesystem::path& path);
// True when there was a file to remove; false, without an error, when there was none.
bool removeResumeFile(const std::filesystem::path& path);

} // namespace offramp::platform

#endif
