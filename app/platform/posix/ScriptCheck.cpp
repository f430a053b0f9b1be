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

// Whether a folder on the way to the script leaves it safe; if not, why.
Result<void> checkFolder(const std::filesystem::path& folder, bool tree)
{
    struct stat info
    {};
    if (::lstat(folder.c_str(), &info) != 0) {
        return Error(ErrorKind::Unreadable, "its folder " + folder.string() + " cannot be examined", folder.string());
    }
    if (S_ISLNK(info.st_mode)) {
        return Error(ErrorKind::NotAFile,
                     "its folder " + folder.string() + " is a symbolic link, which could lead anywhere",
                     folder.string());
    }
    if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return Error(ErrorKind::NoPermission, "others than its owner can change its folder " + folder.string(),
                     folder.string());
    }
    if (!trustedOwner(info, tree)) {
        return Error(ErrorKind::NoPermission,
                     "its folder " + folder.string() + " does not belong to the system administrator", folder.string());
    }
    return {};
}

} // namespace

Result<void> checkScript(const std::filesystem::path& script, const std::optional<std::filesystem::path>& treeRoot)
{
    const bool tree = treeRoot.has_value();
    struct stat info
    {};
    if (::lstat(script.c_str(), &info) != 0) {
        return Error(ErrorKind::NotFound, "missing", script.string());
    }
    if (S_ISLNK(info.st_mode)) {
        return Error(ErrorKind::NotAFile, "it is a symbolic link, which could lead anywhere", script.string());
    }
    if (!S_ISREG(info.st_mode) || (info.st_mode & S_IXUSR) == 0) {
        return Error(ErrorKind::NotAFile, "it is not an executable file", script.string());
    }
    if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return Error(ErrorKind::NoPermission, "others than its owner can change it", script.string());
    }
    if (!trustedOwner(info, tree)) {
        return Error(ErrorKind::NoPermission, "it does not belong to the system administrator", script.string());
    }
    std::filesystem::path top = tree ? treeRoot->lexically_normal() : std::filesystem::path("/");
    if (!top.has_filename() && top.has_relative_path()) {
        top = top.parent_path(); // "/trees/mac/" names the same folder as "/trees/mac"
    }
    for (std::filesystem::path folder = script.parent_path();; folder = folder.parent_path()) {
        if (auto folderChecked = checkFolder(folder, tree); !folderChecked) {
            return folderChecked;
        }
        if (folder == top || folder == folder.parent_path()) {
            break;
        }
    }
    return {};
}

} // namespace offramp::platform
