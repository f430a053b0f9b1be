// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_FOLDERLISTING_H
#define OFFRAMP_PLATFORM_FOLDERLISTING_H

#include <filesystem>
#include <system_error>

namespace offramp::platform {

// std::filesystem::directory_iterator(folder, error), with one difference on Windows: there the C runtime's
// _wopendir, which std::filesystem lists folders with, cannot take a path of MAX_PATH (260) characters or more and
// lists the current folder in its place. Such a folder is refused with std::errc::filename_too_long instead, as a
// POSIX system refuses a path longer than PATH_MAX, so that every caller says the path is too long.
std::filesystem::directory_iterator listFolder(const std::filesystem::path& folder, std::error_code& error);

} // namespace offramp::platform

#endif
