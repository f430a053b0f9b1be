// SPDX-License-Identifier: GPL-3.0-or-later
// The systemd unit reader (linux/SystemdUnitReader) and the tree paths under it (common/RootedPath), on a tree
// made from the bytes, as `scan --root DIR` reads a copied or mounted disk. Each line makes one entry below the
// tree: "f PATH" a file, "d PATH" a folder, "l PATH<TAB>TARGET" a symbolic link to anything. Then the unit
// folders are read and the catalog's Linux paths looked for; a link may lead anywhere, but never out of the tree.
#include "FuzzSupport.h"
#include "engine/Watchlist.h"
#include "platform/common/RootedPath.h"
#include "platform/linux/SystemdUnitReader.h"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace offramp;

namespace {

// The tree, one per process, in memory where the system has a tmpfs; removed when the run ends.
const fs::path& treeRoot()
{
    static const fs::path root = [] {
        std::error_code error;
        const fs::path shm = "/dev/shm";
        const bool inMemory = fs::is_directory(shm, error) && ::access(shm.c_str(), W_OK) == 0;
        return (inMemory ? shm : fs::temp_directory_path()) / ("offramp-fuzz-systemd-" + std::to_string(::getpid()));
    }();
    static const int removal = std::atexit([] {
        std::error_code ignored;
        fs::remove_all(treeRoot(), ignored);
    });
    static_cast<void>(removal);
    return root;
}

// Makes PATH's folders below the root; false when a part is not a plain name or something on the way is not a
// folder (a link on the way could lead the fuzzer's own writes out of the tree).
bool makeParents(const fs::path& root, const fs::path& relative)
{
    fs::path here = root;
    const fs::path parent = relative.parent_path();
    for (const fs::path& part : relative) {
        if (part.empty() || part == "." || part == "..") {
            return false;
        }
    }
    for (const fs::path& part : parent) {
        here /= part;
        std::error_code error;
        const fs::file_status status = fs::symlink_status(here, error);
        if (status.type() == fs::file_type::not_found) {
            if (!fs::create_directory(here, error) || error) {
                return false;
            }
        } else if (status.type() != fs::file_type::directory) {
            return false;
        }
    }
    return true;
}

void makeEntry(const fs::path& root, std::string_view line)
{
    if (line.size() < 3 || line[1] != ' ') {
        return;
    }
    const char kind = line[0];
    line.remove_prefix(2);
    std::string_view target;
    if (kind == 'l') {
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) {
            return;
        }
        target = line.substr(tab + 1);
        line = line.substr(0, tab);
    }
    const fs::path relative = fs::path(std::string(line)).relative_path();
    if (line.empty() || line.find('\0') != std::string_view::npos || target.find('\0') != std::string_view::npos ||
        relative.empty() || !makeParents(root, relative)) {
        return;
    }
    const fs::path where = root / relative;
    std::error_code error;
    if (fs::symlink_status(where, error).type() != fs::file_type::not_found) {
        return;
    }
    switch (kind) {
    case 'f':
        if (std::FILE* file = std::fopen(where.c_str(), "wx")) {
            static_cast<void>(std::fclose(file));
        }
        break;
    case 'd':
        fs::create_directory(where, error);
        break;
    case 'l':
        fs::create_symlink(std::string(target), where, error);
        break;
    default:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const fs::path& root = treeRoot();
    static const Watchlist watchlist(fuzz::shippedCatalog(), Platform::Linux);
    std::error_code error;
    fs::remove_all(root, error);
    fs::create_directory(root, error);
    fuzz::require(!error, "the fuzz tree cannot be made");

    const std::string_view bytes = fuzz::text(data, size);
    std::size_t start = 0;
    for (int lines = 0; start < bytes.size() && lines < 32; ++lines) {
        const std::size_t end = std::min(bytes.find('\n', start), bytes.size());
        makeEntry(root, bytes.substr(start, end - start));
        start = end + 1;
    }

    const platform::RootedPath rooted(root);
    try {
        for (const Fact& fact : platform::readSystemdUnits(rooted, watchlist)) {
            fuzz::require(platform::isSystemdUnitName(fact.name), "a unit fact that is not a unit's name");
        }
    } catch (const platform::RootLinkError&) {
        // A link that leads out of the tree or round in a loop.
    } catch (const platform::PathTooLongError&) {
        // Links whose targets make a path longer than the system allows.
    }
    for (const std::string& pattern : watchlist.paths()) {
        try {
            for (const std::string& found : rooted.expand(pattern)) {
                const fs::path host = rooted.host(found);
                const auto relative = host.lexically_normal().lexically_relative(root);
                fuzz::require(!relative.empty() && *relative.begin() != "..", "a path read outside the tree");
            }
        } catch (const platform::RootLinkError&) {
        } catch (const platform::PathTooLongError&) {
        }
    }
    return 0;
}
