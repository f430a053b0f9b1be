// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/RescueFinder.h"

#include "engine/utils/Utf8.h"
#include "platform/FolderListing.h"
#include "platform/common/RootedPath.h"
#include "platform/common/Utf8Path.h"

#include <algorithm>
#include <set>
#include <system_error>

namespace offramp::platform {

namespace fs = std::filesystem;

namespace {

// "/Users" and "alice" -> "/Users/alice".
std::string joined(const std::string& machine, std::string_view name)
{
    std::string path = machine;
    path += '/';
    path += name;
    return path;
}

bool isInside(const fs::path& path, const fs::path& folder)
{
    if (folder.empty()) {
        return false;
    }
    const auto [folderEnd, pathAt] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return folderEnd == folder.end();
}

fs::path resolved(const fs::path& path)
{
    std::error_code error;
    auto real = fs::weakly_canonical(path, error);
    return error ? path.lexically_normal() : real;
}

class Finder
{
public:
    Finder(Platform platform, const fs::path& root, const fs::path& exclude)
        : m_platform(platform)
        , m_root(root)
        , m_canonicalRoot(resolved(root))
        , m_exclude(exclude.empty() ? fs::path() : resolved(exclude))
    {}

    void location(const RescueLocation& location)
    {
        for (const auto& [machine, host] : expand(location.machinePattern)) {
            std::error_code error;
            const auto status = fs::symlink_status(host, error);
            if (fs::is_symlink(status)) {
                skip(machine, RescueSkipCause::SymbolicLink,
                     "it is a symbolic link; Offramp copies only the files themselves");
                continue;
            }
            const fs::path real = resolved(host);
            if (!isInside(real, m_canonicalRoot)) {
                skip(machine, RescueSkipCause::OutsideRoot, "it leads out of the folder read as the computer's root");
                continue;
            }
            if (!m_exclude.empty() && isInside(real, m_exclude)) {
                continue; // the bundle being written
            }
            if (fs::is_directory(status)) {
                walk(host, machine, location);
            } else if (fs::is_regular_file(status)) {
                add(host, machine, location);
            }
        }
    }

    FoundRescueSources take()
    {
        std::ranges::sort(m_found.files, {}, &RescueSourceFile::machinePath);
        return std::move(m_found);
    }

private:
    // Machine paths and host paths that match the pattern; Windows trees ignore letter case.
    std::vector<std::pair<std::string, fs::path>> expand(const std::string& machinePattern) const
    {
        const RootedPath rooted(m_root);
        std::vector<std::pair<std::string, fs::path>> found;
        for (std::string& machine : rooted.expand(machinePattern, m_platform == Platform::Windows)) {
            // The folders on the way resolved as the tree's own; a link at the end stays one, to be refused.
            fs::path host = rooted.host(machine, RootedPath::LastLink::Keep);
            found.emplace_back(std::move(machine), std::move(host));
        }
        return found;
    }

    void walk(const fs::path& folder, const std::string& machine, const RescueLocation& location)
    {
        if (!m_exclude.empty() && isInside(resolved(folder), m_exclude)) {
            return; // the bundle being written, inside a rescue location
        }
        std::error_code error;
        fs::directory_iterator it = listFolder(folder, error);
        for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
            const std::string child = joined(machine, utf8Text(it->path().filename()));
            std::error_code statusError;
            const auto status = it->symlink_status(statusError);
            if (fs::is_symlink(status)) {
                skip(child, RescueSkipCause::SymbolicLink,
                     "it is a symbolic link; Offramp copies only the files themselves");
            } else if (fs::is_directory(status)) {
                walk(it->path(), child, location);
            } else if (fs::is_regular_file(status)) {
                add(it->path(), child, location);
            }
            // Devices, sockets and pipes hold no data to save.
        }
        if (error) {
            skip(machine, RescueSkipCause::FolderIncomplete,
                 "the folder could not be read completely: " + error.message(), errorKindOf(error));
        }
    }

    void add(const fs::path& host, const std::string& machine, const RescueLocation& location)
    {
        if (!m_seen.insert(machine).second) {
            return;
        }
        // Only well-formed UTF-8 can be written into the JSON manifest as it is.
        if (!utils::isValidUtf8(machine)) {
            skip(machine, RescueSkipCause::NameNotKept,
                 "its name is not valid UTF-8, which the manifest cannot record; copy it by hand");
            return;
        }
        if (!isSafeBundlePath(rescueBundlePath(machine))) {
            skip(machine, RescueSkipCause::NameNotKept,
                 "its name holds a backslash or a control character, which the bundle cannot keep as it is; "
                 "copy it by hand");
            return;
        }
        std::error_code error;
        const auto size = fs::file_size(host, error);
        m_found.files.push_back({machine, host, error ? 0 : static_cast<std::uint64_t>(size), &location});
    }

    void skip(const std::string& machine, RescueSkipCause cause, std::string reason,
              ErrorKind kind = ErrorKind::Unreadable)
    {
        m_found.skipped.push_back({machinePathForDisplay(m_platform, machine), std::move(reason), cause, kind});
    }

    Platform m_platform;
    fs::path m_root;
    fs::path m_canonicalRoot;
    fs::path m_exclude;
    std::set<std::string, std::less<>> m_seen;
    FoundRescueSources m_found;
};

} // namespace

FoundRescueSources findRescueSources(Platform platform, const fs::path& root,
                                     const std::vector<RescueLocation>& locations, const fs::path& exclude)
{
    Finder finder(platform, root, exclude);
    for (const auto& location : locations) {
        finder.location(location);
    }
    return finder.take();
}

} // namespace offramp::platform
