// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/PathLength.h"

#include "platform/windows/Win32.h"

#include <algorithm>
#include <string>

namespace offramp::platform::windows {

namespace {

// NTFS and the other Windows file systems hold names of at most 255 UTF-16 units.
constexpr std::size_t kLongestName = 255;

bool hasNameLongerThanAllowed(const std::filesystem::path& path)
{
    return std::ranges::any_of(path,
                               [](const std::filesystem::path& part) { return part.native().size() > kLongestName; });
}

// Whether the folder that holds `path` is there, asked through "\\?\", which no length limit stops, so that the
// answer does not fail for the very length in question.
bool folderIsThere(const std::filesystem::path& path)
{
    const std::filesystem::path folder = path.parent_path();
    const std::wstring& text = folder.native();
    if (!folder.is_absolute() || text.starts_with(L"\\\\")) {
        return true; // a relative or network path: nothing to tell, so the length is taken to be what is wrong
    }
    std::wstring extended = L"\\\\?\\" + text;
    std::replace(extended.begin(), extended.end(), L'/', L'\\');
    const DWORD attributes = ::GetFileAttributesW(extended.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
}

} // namespace

bool failedForLength(unsigned long error, const std::filesystem::path& path)
{
    constexpr std::size_t kLongestFolder = MAX_PATH - 12;
    if (error == ERROR_FILENAME_EXCED_RANGE) {
        return true;
    }
    const bool lengthKindOfError = error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND ||
                                   error == ERROR_INVALID_NAME || error == ERROR_DIRECTORY;
    if (!lengthKindOfError) {
        return false;
    }
    if (hasNameLongerThanAllowed(path)) {
        return true;
    }
    // A long path whose folder is missing is a missing folder, also where Windows allows long paths.
    return path.native().size() >= kLongestFolder && folderIsThere(path);
}

} // namespace offramp::platform::windows
