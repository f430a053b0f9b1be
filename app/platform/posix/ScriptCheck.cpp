// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/ScriptCheck.h"

#include <sys/stat.h>
#include <unistd.h>

namespace offramp::platform {

namespace {

// On the computer itself only root may own it; in a tree the tree's owner stands in for root.
bool trustedOwner(const struct stat& info, bool tree)
{
    return info.st_uid == 0 || (tree && info.st_uid == ::geteuid());
}

// Why a folder on the way to the script makes it unsafe, or empty.
std::string folderProblem(const std::filesystem::path& folder, bool tree)
{
    struct stat info
    {};
    if (::lstat(folder.c_str(), &info) != 0) {
        return "its folder " + folder.string() + " cannot be examined";
    }
    if (S_ISLNK(info.st_mode)) {
        return "its folder " + folder.string() + " is a symbolic link, which could lead anywhere";
    }
    if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return "others than its owner can change its folder " + folder.string();
    }
    if (!trustedOwner(info, tree)) {
        return "its folder " + folder.string() + " does not belong to the system administrator";
    }
    return {};
}

} // namespace

std::string scriptProblem(const std::filesystem::path& script, const std::optional<std::filesystem::path>& treeRoot)
{
    const bool tree = treeRoot.has_value();
    struct stat info
    {};
    if (::lstat(script.c_str(), &info) != 0) {
        return "missing";
    }
    if (S_ISLNK(info.st_mode)) {
        return "it is a symbolic link, which could lead anywhere";
    }
    if (!S_ISREG(info.st_mode) || (info.st_mode & S_IXUSR) == 0) {
        return "it is not an executable file";
    }
    if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return "others than its owner can change it";
    }
    if (!trustedOwner(info, tree)) {
        return "it does not belong to the system administrator";
    }
    std::filesystem::path top = tree ? treeRoot->lexically_normal() : std::filesystem::path("/");
    if (!top.has_filename() && top.has_relative_path()) {
        top = top.parent_path(); // "/trees/mac/" names the same folder as "/trees/mac"
    }
    for (std::filesystem::path folder = script.parent_path();; folder = folder.parent_path()) {
        if (auto problem = folderProblem(folder, tree); !problem.empty()) {
            return problem;
        }
        if (folder == top || folder == folder.parent_path()) {
            break;
        }
    }
    return {};
}

} // namespace offramp::platform
