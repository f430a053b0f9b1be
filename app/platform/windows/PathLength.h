// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_PATHLENGTH_H
#define OFFRAMP_PLATFORM_WINDOWS_PATHLENGTH_H

#include <filesystem>

namespace offramp::platform::windows {

// Whether a Win32 error on `path` comes from the path's length. Windows refuses a path of MAX_PATH (260) characters
// or more, and a folder of 248 or more (room for an 8.3 file name), unless long paths are turned on: with
// ERROR_FILENAME_EXCED_RANGE, or with the errors of a missing folder or a bad name; and a name longer than 255
// always (Wine says "file not found" for it). With such a name, or with a path that long whose folder is there, the
// length is taken to be what is wrong; a long path whose folder is missing is a missing folder.
bool failedForLength(unsigned long error, const std::filesystem::path& path);

} // namespace offramp::platform::windows

#endif
