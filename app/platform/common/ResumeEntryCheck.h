// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_COMMON_RESUMEENTRYCHECK_H
#define OFFRAMP_PLATFORM_COMMON_RESUMEENTRYCHECK_H

#include "platform/ResumeAtLogin.h"

#include <string>
#include <string_view>

namespace offramp::platform {

// What every resume-at-login message ends with: the restart still works, the person just opens Offramp.
inline constexpr std::string_view kOpenOfframpYourself = "open Offramp yourself after the restart";

// Refuses what no login entry can hold: an empty program, text that is not UTF-8 (desktop entries, plists
// and the registry all store Unicode), and control characters other than tab, line feed and carriage return.
// Throws ResumeAtLoginError.
void checkResumeEntryText(const ResumeEntry& entry);

// "cannot make Offramp open after the restart: <reason>; open Offramp yourself after the restart".
ResumeAtLoginError resumeAtLoginError(const std::string& reason);

} // namespace offramp::platform

#endif
