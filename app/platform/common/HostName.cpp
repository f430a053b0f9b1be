// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/HostName.h"

#include "platform/common/ReadOnlyFile.h"
#include "platform/common/RootedPath.h"

namespace offramp::platform {

namespace {

// The first line of the tree's /etc/hostname, without blanks; hostname(5) allows nothing else on it.
std::string treeHostName(const std::filesystem::path& root)
{
    try {
        const ReadOnlyFile file(RootedPath(root).host("/etc/hostname"));
        const auto text = file.contents();
        if (file.error() != 0 || !text) {
            return {};
        }
        const std::string line = text->substr(0, text->find('\n'));
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos) {
            return {};
        }
        return line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
    } catch (const RootLinkError&) {
        // A link out of the tree: the name is not the tree's to give.
        return {};
    }
}

} // namespace

std::string machineHostName(Platform platform, const std::optional<std::filesystem::path>& root)
{
    if (!root) {
        return hostName();
    }
    return platform == Platform::Linux ? treeHostName(*root) : std::string();
}

} // namespace offramp::platform
