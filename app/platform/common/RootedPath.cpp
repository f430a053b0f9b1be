// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/RootedPath.h"

#include "engine/utils/AsciiCase.h"
#include "engine/utils/Wildcard.h"
#include "platform/FolderListing.h"
#include "platform/common/Utf8Path.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <optional>
#include <system_error>
#include <utility>

namespace offramp::platform {

namespace {

// The components of a machine path, with "." and empty parts dropped and ".." resolved lexically.
// ".." at the top stays at the top, as it does at "/", so no path can leave the root.
std::vector<std::string_view> machineComponents(std::string_view machinePath)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= machinePath.size()) {
        std::size_t end = machinePath.find('/', start);
        if (end == std::string_view::npos) {
            end = machinePath.size();
        }
        const std::string_view part = machinePath.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty()) {
                parts.pop_back();
            }
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    return parts;
}

bool hasWildcard(std::string_view part)
{
    return part.find_first_of("*?") != std::string_view::npos;
}

std::string joinMachine(const std::string& parent, std::string_view name)
{
    std::string path = parent == "/" ? std::string() : parent;
    path += '/';
    path += name;
    return path;
}

} // namespace

PathTooLongError pathTooLong(std::string_view machinePath, const std::error_code& error)
{
    return PathTooLongError{std::string(machinePath) +
                            " could not be read: with the folder being read in front of it, its path is longer than "
                            "this system allows (" +
                            error.message() + "). Read the files from a folder with a shorter path"};
}

RootedPath::RootedPath(std::filesystem::path root)
    : m_root(std::move(root))
    , m_isHostRoot(m_root.has_root_path() && m_root.relative_path().empty())
{}

std::filesystem::path RootedPath::host(std::string_view machinePath, LastLink last) const
{
    const std::vector<std::string_view> parts = machineComponents(machinePath);
    const auto hostOf = [this](const auto& components) {
        std::filesystem::path path = m_root;
        for (const auto& part : components) {
            path /= pathFromUtf8(part);
        }
        return path;
    };
    if (m_isHostRoot) {
        return hostOf(parts);
    }
    // Linux allows 40 links in one lookup; more is a loop.
    constexpr int kMaxLinks = 40;
    std::vector<std::string> done; // the components resolved so far, none of them a link
    std::deque<std::string> pending(parts.begin(), parts.end());
    int links = 0;
    // What each host path on the way is, and a link's target: links that lead back into the same folders (or
    // round in a loop, 40 times) are looked at once for this lookup, not at every pass.
    struct Looked
    {
        std::filesystem::file_type type = std::filesystem::file_type::none;
        std::optional<std::filesystem::path> target; // for a link whose target could be read
    };
    std::map<std::filesystem::path, Looked> looked;
    const auto lookAt = [&looked](const std::filesystem::path& here) -> const Looked& {
        const auto [it, isNew] = looked.try_emplace(here);
        if (isNew) {
            std::error_code error;
            it->second.type = std::filesystem::symlink_status(here, error).type();
            if (it->second.type == std::filesystem::file_type::symlink) {
                std::filesystem::path target = std::filesystem::read_symlink(here, error);
                if (!error) {
                    it->second.target = std::move(target);
                }
            }
        }
        return it->second;
    };
    while (!pending.empty()) {
        std::string part = std::move(pending.front());
        pending.pop_front();
        if (part == "..") {
            // Only a link's target brings ".." here: the machine path's own were resolved above.
            if (done.empty()) {
                throw RootLinkError(std::string(machinePath) +
                                    " goes through a link that leads out of the folder being read, so it was not read");
            }
            done.pop_back();
            continue;
        }
        done.push_back(std::move(part));
        if (pending.empty() && last == LastLink::Keep) {
            break;
        }
        const Looked& here = lookAt(hostOf(done));
        if (here.type == std::filesystem::file_type::not_found &&
            std::find(pending.begin(), pending.end(), "..") == pending.end()) {
            // Nothing is below a name that is not there, so no link is left to resolve: the rest is taken as it
            // is, without a look at each name (a ".." still to come leads back up, and is resolved name by name).
            std::move(pending.begin(), pending.end(), std::back_inserter(done));
            break;
        }
        if (!here.target) {
            continue;
        }
        const std::filesystem::path target = *here.target;
        if (++links > kMaxLinks) {
            throw RootLinkError(std::string(machinePath) + " goes through links that lead round in a loop");
        }
        done.pop_back();
        if (target.has_root_path()) {
            done.clear();
        }
        std::vector<std::string> targetParts;
        for (const std::filesystem::path& element : target.relative_path()) {
            std::string piece = utf8Text(element);
            if (!piece.empty() && piece != ".") {
                targetParts.push_back(std::move(piece));
            }
        }
        pending.insert(pending.begin(), targetParts.begin(), targetParts.end());
    }
    return hostOf(done);
}

std::vector<std::string> RootedPath::expand(std::string_view machinePattern, bool ignoreCase) const
{
    namespace fs = std::filesystem;
    // A machine path found so far with its host path, every link on the way resolved: each component is looked at
    // once, not again from the root for every name below it. `reachable` is false for a link that leads out of
    // the root or round in a loop: it is there itself, but nothing below it is read.
    struct Found
    {
        std::string machine;
        fs::path host;
        bool reachable = true;
    };
    std::vector<Found> current{{"/", m_root}};
    for (const std::string_view part : machineComponents(machinePattern)) {
        std::vector<Found> next;
        for (const Found& parent : current) {
            if (!parent.reachable) {
                continue;
            }
            // Something is at the name (a dangling link counts).
            const auto lookAt = [&](std::string_view name) {
                Found found{joinMachine(parent.machine, name), parent.host / pathFromUtf8(name)};
                std::error_code error;
                const fs::file_status status = fs::symlink_status(found.host, error);
                if (error == std::errc::filename_too_long) {
                    throw pathTooLong(found.machine, error);
                }
                if (!fs::exists(status)) {
                    return;
                }
                if (fs::is_symlink(status) && !m_isHostRoot) {
                    try {
                        found.host = host(found.machine);
                    } catch (const RootLinkError&) {
                        found.reachable = false;
                    }
                }
                next.push_back(std::move(found));
            };
            if (!hasWildcard(part) && !ignoreCase) {
                lookAt(part);
                continue;
            }
            std::error_code error;
            fs::directory_iterator it = listFolder(parent.host, error);
            if (error == std::errc::filename_too_long) {
                throw pathTooLong(parent.machine, error);
            }
            // A folder that cannot be listed simply contributes nothing.
            for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
                const std::string name = utf8Text(it->path().filename());
                if (utils::wildcardMatches(part, name, ignoreCase)) {
                    lookAt(name);
                }
            }
        }
        current = std::move(next);
        if (current.empty()) {
            break;
        }
    }
    std::vector<std::string> paths;
    paths.reserve(current.size());
    for (Found& found : current) {
        paths.push_back(std::move(found.machine));
    }
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    // The root itself only counts when it is there.
    if (paths.size() == 1 && paths.front() == "/") {
        std::error_code error;
        if (!fs::is_directory(m_root, error)) {
            paths.clear();
        }
    }
    return paths;
}

} // namespace offramp::platform
