// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ResumeAtLogin.h"

#include "platform/ProbeFactory.h"
#include "platform/common/ResumeEntryCheck.h"
#include "platform/linux/XdgAutostart.h"
#include "platform/macos/LaunchAgent.h"

#include <cstdlib>
#include <filesystem>
#include <pwd.h>
#include <unistd.h>
#include <vector>

// Linux and macOS share this folder; which kind of login entry to write is chosen at run time.
namespace offramp::platform {

namespace {

namespace fs = std::filesystem;

// An environment variable that holds an absolute path (the XDG specification ignores relative ones).
std::optional<fs::path> absolutePathFrom(const char* variable)
{
    const char* value = std::getenv(variable);
    if (value == nullptr || *value != '/') {
        return std::nullopt;
    }
    return fs::path(value);
}

fs::path homeFolder()
{
    if (auto home = absolutePathFrom("HOME")) {
        return *home;
    }
    // The account database, for a process started without HOME.
    passwd account{};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(::getuid(), &account, buffer.data(), buffer.size(), &found) == 0 && found != nullptr &&
        found->pw_dir != nullptr && *found->pw_dir == '/') {
        return found->pw_dir;
    }
    throw resumeAtLoginError("there is no home folder: HOME is not set and the account has none");
}

// $XDG_CONFIG_HOME, or ~/.config when it is unset, empty or relative.
fs::path xdgConfigHome()
{
    if (auto configHome = absolutePathFrom("XDG_CONFIG_HOME")) {
        return *configHome;
    }
    return homeFolder() / ".config";
}

bool onMac()
{
    return hostPlatform() == Platform::MacOS;
}

} // namespace

std::string scheduleResumeAtLogin(const ResumeEntry& entry)
{
    return onMac() ? writeLaunchAgentResumeEntry(homeFolder(), entry) : writeXdgResumeEntry(xdgConfigHome(), entry);
}

bool cancelResumeAtLogin()
{
    return onMac() ? removeLaunchAgentResumeEntry(homeFolder()) : removeXdgResumeEntry(xdgConfigHome());
}

std::optional<ResumeEntry> scheduledResumeAtLogin()
{
    return onMac() ? readLaunchAgentResumeEntry(homeFolder()) : readXdgResumeEntry(xdgConfigHome());
}

} // namespace offramp::platform
