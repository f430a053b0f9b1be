// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of Offramp's LaunchAgent (macos/LaunchAgent), which the resumed wizard reads from the user's
// ~/Library/LaunchAgents: XML or binary property list. An agent it reads, written again, reads back the same.
#include "FuzzSupport.h"
#include "platform/macos/LaunchAgent.h"

using namespace offramp;
using platform::ResumeAtLoginError;
using platform::ResumeEntry;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ResumeEntry entry;
    try {
        entry = platform::parseLaunchAgentResumePlist(fuzz::text(data, size), "org.offramp.Offramp.resume.plist");
    } catch (const ResumeAtLoginError&) {
        return 0; // not Offramp's agent, or not a property list
    }
    std::string written;
    try {
        written = platform::launchAgentResumePlist(entry);
    } catch (const ResumeAtLoginError&) {
        return 0; // an entry Offramp would not write (a relative program, control characters)
    }
    fuzz::require(platform::parseLaunchAgentResumePlist(written, "again") == entry,
                  "a LaunchAgent that does not read back as written");
    return 0;
}
