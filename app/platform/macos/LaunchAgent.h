// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_MACOS_LAUNCHAGENT_H
#define OFFRAMP_PLATFORM_MACOS_LAUNCHAGENT_H

#include "platform/ResumeAtLogin.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// Resume at login on macOS: a LaunchAgent, ~/Library/LaunchAgents/org.offramp.Offramp.resume.plist, that
// launchd loads at the next login and runs once. Pure text and folder functions, so that they can be tested
// on any host; posix/ResumeAtLogin.cpp picks the home folder.
namespace offramp::platform {

inline constexpr std::string_view kLaunchAgentResumeLabel = "org.offramp.Offramp.resume";

// The XML property list for an entry: Label, ProgramArguments, RunAtLoad and LaunchOnlyOnce. Throws
// ResumeAtLoginError when the program is not absolute or the text cannot be held (see checkResumeEntryText).
std::string launchAgentResumePlist(const ResumeEntry& entry);
// The entry in a LaunchAgent property list (XML, or binary if someone converted it). Throws
// ResumeAtLoginError, naming `where`, when it is not a property list or not Offramp's agent.
ResumeEntry parseLaunchAgentResumePlist(std::string_view bytes, const std::string& where);

// <home>/Library/LaunchAgents/org.offramp.Offramp.resume.plist
std::filesystem::path launchAgentResumePath(const std::filesystem::path& home);
// Writes (atomically, replacing an earlier one), reads and removes the agent under a home folder.
std::string writeLaunchAgentResumeEntry(const std::filesystem::path& home, const ResumeEntry& entry);
std::optional<ResumeEntry> readLaunchAgentResumeEntry(const std::filesystem::path& home);
bool removeLaunchAgentResumeEntry(const std::filesystem::path& home);

} // namespace offramp::platform

#endif
