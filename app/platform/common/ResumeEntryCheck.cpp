// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/ResumeEntryCheck.h"

#include "engine/utils/Utf8.h"

#include <array>
#include <cstdio>

namespace offramp::platform {

namespace {

void checkText(const std::string& text, const char* what)
{
    if (!utils::isValidUtf8(text)) {
        throw resumeAtLoginError(std::string(what) + " is not valid UTF-8 text");
    }
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F) {
            std::array<char, 8> code{};
            static_cast<void>(std::snprintf(code.data(), code.size(), "0x%02X", byte));
            throw resumeAtLoginError(std::string(what) + " holds the control character " + code.data() +
                                     ", which a login entry cannot hold");
        }
    }
}

} // namespace

ResumeAtLoginError resumeAtLoginError(const std::string& reason)
{
    return ResumeAtLoginError{"cannot make Offramp open after the restart: " + reason + "; " +
                              std::string(kOpenOfframpYourself)};
}

void checkResumeEntryText(const ResumeEntry& entry)
{
    if (entry.program.empty()) {
        throw resumeAtLoginError("no program was given");
    }
    checkText(entry.program, "the program path");
    for (const auto& argument : entry.arguments) {
        checkText(argument, "an argument");
    }
}

} // namespace offramp::platform
