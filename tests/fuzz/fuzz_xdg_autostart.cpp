// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of Offramp's XDG autostart entry (linux/XdgAutostart), which the resumed wizard reads from the
// user's config folder, where anything may have changed it. An entry it reads, written again, reads back the same.
#include "FuzzSupport.h"
#include "platform/linux/XdgAutostart.h"

using namespace offramp;
using platform::ResumeAtLoginError;
using platform::ResumeEntry;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = fuzz::text(data, size);
    if (const auto words = platform::parseDesktopExecValue(text)) {
        const auto again = platform::parseDesktopExecValue(platform::desktopExecValue(*words));
        fuzz::require(again && *again == *words, "an Exec value that does not read back as written");
    }
    ResumeEntry entry;
    try {
        entry = platform::parseXdgResumeDesktopEntry(text, "org.offramp.Offramp-resume.desktop");
    } catch (const ResumeAtLoginError&) {
        return 0; // not an entry Offramp can open
    }
    std::string written;
    try {
        written = platform::xdgResumeDesktopEntry(entry);
    } catch (const ResumeAtLoginError&) {
        return 0; // an entry Offramp would not write (a relative program, control characters)
    }
    fuzz::require(platform::parseXdgResumeDesktopEntry(written, "again") == entry,
                  "an autostart entry that does not read back as written");
    return 0;
}
