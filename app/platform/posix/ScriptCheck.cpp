// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ScriptCheck.h"

#include <sys/stat.h>
#include <unistd.h>

namespace offramp::platform {

// Why the script may not run, or empty. A script others could have replaced would run as root.
std::string scriptProblem(const std::string& path, bool tree)
{
    struct stat info
    {};
    if (::lstat(path.c_str(), &info) != 0) {
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
    // On the computer itself only root may own it; in a tree the tree's owner stands in for root.
    if (info.st_uid != 0 && !(tree && info.st_uid == ::geteuid())) {
        return "it does not belong to the system administrator";
    }
    return {};
}

} // namespace offramp::platform
