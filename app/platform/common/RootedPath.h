// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_ROOTEDPATH_H
#define OFFRAMP_PLATFORM_ROOTEDPATH_H

#include "engine/MachineProbe.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace offramp::platform {

// A symbolic link inside the root that climbs out of it with "..", or links that go round in a loop: reading
// on would read this computer instead of the tree.
class RootLinkError : public ProbeError
{
public:
    using ProbeError::ProbeError;
};

// A path of the tree that this system cannot reach: with the folder being read in front of it, it is longer than
// the system allows (PATH_MAX). Said, not passed over: a scan that could not look must not report that nothing is
// there.
class PathTooLongError : public ProbeError
{
public:
    using ProbeError::ProbeError;
};

// The error for `machinePath`, which the system refused with `error` (std::errc::filename_too_long).
PathTooLongError pathTooLong(std::string_view machinePath, const std::error_code& error);

// Maps paths of the scanned machine ("/var/lib/dpkg/status") onto a directory read as its root,
// so that a probe reads a copied or mounted tree exactly as it would read "/".
class RootedPath
{
public:
    explicit RootedPath(std::filesystem::path root);

    // Whether the last component's own link is followed, or the link itself is meant (to ask whether a
    // dangling link is there).
    enum class LastLink
    {
        Follow,
        Keep
    };

    const std::filesystem::path& root() const { return m_root; }
    // The host path for a machine path ("/etc/x" under root "/mnt/r" is "/mnt/r/etc/x"). Under a root other
    // than "/", every symbolic link on the way is resolved as a chroot would: an absolute target starts again at
    // the root, a relative one from the link's folder, so that a link in a mounted disk never leads to this
    // computer's files. Throws RootLinkError for a link whose ".." climbs above the root and for a loop.
    std::filesystem::path host(std::string_view machinePath, LastLink last = LastLink::Follow) const;
    // Expands '*' and '?' within path components (no '**'); returns machine paths that exist, sorted, with
    // the names as they are on the disk, leaving out any reached through a link that leads out of the root.
    // Names are UTF-8. `ignoreCase` is for Windows trees, whose folder
    // names ignore letter case ("/Users/*/documents" finds "/Users/alex/Documents"). Throws PathTooLongError for
    // a path that is too long to be looked at.
    std::vector<std::string> expand(std::string_view machinePattern, bool ignoreCase = false) const;

private:
    std::filesystem::path m_root;
    bool m_isHostRoot = false; // "/" itself: the system resolves its own links
};

} // namespace offramp::platform

#endif
