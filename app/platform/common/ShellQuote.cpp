// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ShellQuote.h"

namespace offramp::platform {

std::string posixQuotedForDisplay(std::string_view word)
{
    constexpr std::string_view kPlain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-=:,+@%";
    if (!word.empty() && word.find_first_not_of(kPlain) == std::string_view::npos) {
        return std::string(word);
    }
    // Inside single quotes nothing is special; a single quote itself ends them, is escaped, and they resume.
    std::string quoted = "'";
    for (const char c : word) {
        if (c == '\'') {
            quoted += "'\\''";
        } else {
            quoted += c;
        }
    }
    quoted += '\'';
    return quoted;
}

} // namespace offramp::platform
