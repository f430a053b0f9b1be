// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_ROOTEDPATH_H
#define OFFRAMP_PLATFORM_ROOTEDPATH_H

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace offramp::platform {

// Maps paths of the scanned machine ("/var/lib/dpkg/status") onto a directory read as its root,
// so that a probe reads a copied or mounted tree exactly as it would read "/".
class RootedPath
{
public:
    explicit RootedPath(std::filesystem::path root);

    const std::filesystem::path& root() const { return m_root; }
    // The host path for a machine path ("/etc/x" under root "/mnt/r" is "/mnt/r/etc/x").
    std::filesystem::path host(std::string_view machinePath) const;
    // Expands '*' and '?' within path components (no '**'); returns machine paths that exist, sorted, with
    // the names as they are on the disk. Names are UTF-8. `ignoreCase` is for Windows trees, whose folder
    // names ignore letter case ("/Users/*/documents" finds "/Users/alex/Documents").
    std::vector<std::string> expand(std::string_view machinePattern, bool ignoreCase = false) const;

private:
    std::filesystem::path m_root;
};

// '*' matches any run and '?' one character, within one path component.
bool wildcardMatches(std::string_view pattern, std::string_view text, bool ignoreCase);

} // namespace offramp::platform

#endif
