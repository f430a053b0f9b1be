// SPDX-License-Identifier: GPL-3.0-or-later
#include "RootedPath.h"

#include "Utf8Path.h"

#include <algorithm>
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

RootedPath::RootedPath(std::filesystem::path root)
    : m_root(std::move(root))
{}

std::filesystem::path RootedPath::host(std::string_view machinePath) const
{
    std::filesystem::path path = m_root;
    for (const std::string_view part : machineComponents(machinePath)) {
        path /= pathFromUtf8(part);
    }
    return path;
}

std::vector<std::string> RootedPath::expand(std::string_view machinePattern, bool ignoreCase) const
{
    // Machine paths found so far, one component at a time.
    std::vector<std::string> current{"/"};
    for (const std::string_view part : machineComponents(machinePattern)) {
        std::vector<std::string> next;
        for (const std::string& parent : current) {
            if (!hasWildcard(part) && !ignoreCase) {
                std::string candidate = joinMachine(parent, part);
                std::error_code error;
                if (std::filesystem::exists(std::filesystem::symlink_status(host(candidate), error))) {
                    next.push_back(std::move(candidate));
                }
                continue;
            }
            std::error_code error;
            std::filesystem::directory_iterator it(host(parent), error);
            // A folder that cannot be listed simply contributes nothing.
            for (const std::filesystem::directory_iterator end; !error && it != end; it.increment(error)) {
                const std::string name = utf8Text(it->path().filename());
                if (wildcardMatches(part, name, ignoreCase)) {
                    next.push_back(joinMachine(parent, name));
                }
            }
        }
        current = std::move(next);
        if (current.empty()) {
            break;
        }
    }
    std::sort(current.begin(), current.end());
    current.erase(std::unique(current.begin(), current.end()), current.end());
    // The root itself only counts when it is there.
    if (current.size() == 1 && current.front() == "/") {
        std::error_code error;
        if (!std::filesystem::is_directory(m_root, error)) {
            current.clear();
        }
    }
    return current;
}

// Linux and macOS trees are read as they are (case-sensitively); Windows folder names ignore letter case.
bool wildcardMatches(std::string_view pattern, std::string_view text, bool ignoreCase)
{
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    const auto same = [&](char a, char b) { return ignoreCase ? lower(a) == lower(b) : a == b; };
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t starPattern = std::string_view::npos;
    std::size_t starText = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || (pattern[p] != '*' && same(pattern[p], text[t])))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            starPattern = p++;
            starText = t;
        } else if (starPattern != std::string_view::npos) {
            p = starPattern + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

} // namespace offramp::platform
