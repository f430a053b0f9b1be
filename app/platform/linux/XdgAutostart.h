// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_LINUX_XDGAUTOSTART_H
#define OFFRAMP_PLATFORM_LINUX_XDGAUTOSTART_H

#include "platform/ResumeAtLogin.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Resume at login on Linux desktops: an XDG autostart entry (the Desktop Application Autostart
// Specification), $XDG_CONFIG_HOME/autostart/org.offramp.Offramp-resume.desktop. Pure text and folder
// functions, so that they can be tested on any host; posix/ResumeAtLogin.cpp picks the folder.
namespace offramp::platform {

inline constexpr std::string_view kXdgResumeFileName = "org.offramp.Offramp-resume.desktop";

// One argument quoted by the Desktop Entry Specification's Exec rules: an argument that is empty or holds a
// reserved character goes in double quotes, with `"`, '`', '$' and '\' escaped by a backslash.
std::string quoteDesktopExecArgument(std::string_view argument);
// The value of an Exec key: each argument quoted, '%' written as "%%", then the string escapes of the
// key file format (\\, \n, \t, \r) applied.
std::string desktopExecValue(const std::vector<std::string>& arguments);
// The reverse: the argument vector of an Exec value; nullopt when it is malformed (a bad escape, a field
// code such as %f, an unterminated quote, no program).
std::optional<std::vector<std::string>> parseDesktopExecValue(std::string_view value);

// The whole .desktop file for an entry. Throws ResumeAtLoginError when the program is not absolute or the
// text cannot be held (see checkResumeEntryText).
std::string xdgResumeDesktopEntry(const ResumeEntry& entry);
// The entry in a .desktop file's [Desktop Entry] Exec key. Throws ResumeAtLoginError, naming `where`, when
// there is none or it is malformed.
ResumeEntry parseXdgResumeDesktopEntry(std::string_view text, const std::string& where);

// <configHome>/autostart/org.offramp.Offramp-resume.desktop
std::filesystem::path xdgResumeEntryPath(const std::filesystem::path& configHome);
// Writes (atomically, replacing an earlier one), reads and removes the entry under a config folder.
std::string writeXdgResumeEntry(const std::filesystem::path& configHome, const ResumeEntry& entry);
std::optional<ResumeEntry> readXdgResumeEntry(const std::filesystem::path& configHome);
bool removeXdgResumeEntry(const std::filesystem::path& configHome);

} // namespace offramp::platform

#endif
