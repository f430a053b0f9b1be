// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_TESTS_PLISTTESTSUPPORT_H
#define OFFRAMP_TESTS_PLISTTESTSUPPORT_H

#include "platform/macos/Plist.h"

#include <string>
#include <string_view>

namespace offramp::test {

// The message of the PlistError that parsing throws, or a text saying that it parsed.
inline std::string plistErrorOf(std::string_view bytes)
{
    try {
        platform::parsePlist(bytes);
    } catch (const platform::PlistError& error) {
        return error.what();
    }
    return "(parsed without an error)";
}

inline bool contains(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

} // namespace offramp::test

#endif
