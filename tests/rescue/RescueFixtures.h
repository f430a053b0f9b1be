// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_TESTS_RESCUE_RESCUEFIXTURES_H
#define OFFRAMP_TESTS_RESCUE_RESCUEFIXTURES_H

#include "TestSupport.h"
#include "engine/RescueManifest.h"
#include "platform/Sha256.h"

#include <QString>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

// Computers' file trees with data at risk, and ways to see that a tree did not change.
namespace offramp::test::rescue {

namespace fs = std::filesystem;

// Where Kaspersky Password Manager keeps its backups under a Windows tree (the fact sheet, K26).
inline fs::path kpmBackups(const fs::path& root, const std::string& user)
{
    return root / "Users" / user / "Documents" / "Kaspersky Password Manager" / "Backup";
}

// A file of `size` pseudo-random bytes (the same for the same seed), written in pieces.
inline void writeRandomFile(const fs::path& path, std::uint64_t size, unsigned seed)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    std::mt19937_64 generator(seed);
    std::string piece(std::size_t{1} << 20U, '\0');
    for (std::uint64_t written = 0; written < size;) {
        const std::size_t now = static_cast<std::size_t>(std::min<std::uint64_t>(piece.size(), size - written));
        for (std::size_t i = 0; i + 8 <= now; i += 8) {
            const std::uint64_t value = generator();
            std::memcpy(piece.data() + i, &value, 8);
        }
        for (std::size_t i = now - now % 8; i < now; ++i) {
            piece[i] = static_cast<char>(generator() & 0xFFU);
        }
        out.write(piece.data(), static_cast<std::streamsize>(now));
        written += now;
    }
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

struct EntryState
{
    std::string kind; // file, folder, link
    std::uintmax_t size = 0;
    std::string sha256;
    fs::file_time_type modified;
    fs::perms permissions = fs::perms::none;
    std::string target; // of a link

    bool operator==(const EntryState&) const = default;
};

inline std::string sha256OfFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    platform::Sha256 hash;
    std::string piece(std::size_t{1} << 20U, '\0');
    while (in) {
        in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
        hash.update(piece.data(), static_cast<std::size_t>(in.gcount()));
    }
    return platform::Sha256::hex(hash.finish());
}

// Everything under a folder: kind, size, content hash, modification time and permissions of each entry.
inline std::map<std::string, EntryState> snapshot(const fs::path& root)
{
    std::map<std::string, EntryState> entries;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
        const auto status = it->symlink_status();
        EntryState state;
        state.permissions = status.permissions();
        if (fs::is_symlink(status)) {
            state.kind = "link";
            state.target = fs::read_symlink(it->path()).string();
        } else if (fs::is_directory(status)) {
            state.kind = "folder";
            state.modified = fs::last_write_time(it->path());
        } else {
            state.kind = "file";
            state.size = fs::file_size(it->path());
            state.sha256 = sha256OfFile(it->path());
            state.modified = fs::last_write_time(it->path());
        }
        entries[it->path().lexically_relative(root).generic_string()] = state;
    }
    return entries;
}

// Whether two files hold the same bytes, compared directly rather than through a hash.
inline bool sameBytes(const fs::path& a, const fs::path& b)
{
    if (fs::file_size(a) != fs::file_size(b)) {
        return false;
    }
    std::ifstream left(a, std::ios::binary);
    std::ifstream right(b, std::ios::binary);
    std::string one(std::size_t{1} << 20U, '\0');
    std::string two(one.size(), '\0');
    while (left && right) {
        left.read(one.data(), static_cast<std::streamsize>(one.size()));
        right.read(two.data(), static_cast<std::streamsize>(two.size()));
        if (left.gcount() != right.gcount() || one.compare(0, static_cast<std::size_t>(left.gcount()), two, 0,
                                                           static_cast<std::size_t>(right.gcount())) != 0) {
            return false;
        }
    }
    return left.eof() && right.eof();
}

// The unfinished copies (".NAME.offramp-tmp-...") anywhere under a folder.
inline std::vector<std::string> temporariesUnder(const fs::path& folder)
{
    std::vector<std::string> found;
    if (!fs::exists(folder)) {
        return found;
    }
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (isRescueTemporaryName(entry.path().filename().string())) {
            found.push_back(entry.path().string());
        }
    }
    return found;
}

// The regular files under a folder, as paths relative to it.
inline std::vector<std::string> filesUnder(const fs::path& folder)
{
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            found.push_back(entry.path().lexically_relative(folder).generic_string());
        }
    }
    std::ranges::sort(found);
    return found;
}

inline QString q(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

} // namespace offramp::test::rescue

#endif
