// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/macos/LaunchAgent.h"

#include "platform/common/ResumeEntryCheck.h"
#include "platform/common/ResumeFile.h"
#include "platform/common/Utf8Path.h"
#include "platform/macos/Plist.h"

namespace offramp::platform {

namespace {

std::string xmlEscaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '\r':
            out += "&#13;"; // a raw one would be read back as a line feed
            break;
        default:
            out += c;
        }
    }
    return out;
}

ResumeAtLoginError notOurs(const std::string& where, const std::string& reason)
{
    return ResumeAtLoginError{where + " is not Offramp's resume agent (" + reason +
                              "); move it out of ~/Library/LaunchAgents or delete it"};
}

} // namespace

std::string launchAgentResumePlist(const ResumeEntry& entry)
{
    checkResumeEntryText(entry);
    if (entry.program.front() != '/') {
        throw resumeAtLoginError("the program \"" + entry.program + "\" is not an absolute path");
    }
    std::string arguments = "\t\t<string>" + xmlEscaped(entry.program) + "</string>\n";
    for (const auto& argument : entry.arguments) {
        arguments += "\t\t<string>" + xmlEscaped(argument) + "</string>\n";
    }
    // RunAtLoad starts it when launchd loads the agent at login; LaunchOnlyOnce keeps launchd from starting
    // it again in that session. The resumed wizard deletes the file; Aqua: only in a graphical login.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
           "<plist version=\"1.0\">\n"
           "<dict>\n"
           "\t<key>Label</key>\n"
           "\t<string>" +
           std::string(kLaunchAgentResumeLabel) +
           "</string>\n"
           "\t<key>ProgramArguments</key>\n"
           "\t<array>\n" +
           arguments +
           "\t</array>\n"
           "\t<key>RunAtLoad</key>\n"
           "\t<true/>\n"
           "\t<key>LaunchOnlyOnce</key>\n"
           "\t<true/>\n"
           "\t<key>LimitLoadToSessionType</key>\n"
           "\t<string>Aqua</string>\n"
           "</dict>\n"
           "</plist>\n";
}

ResumeEntry parseLaunchAgentResumePlist(std::string_view bytes, const std::string& where)
{
    PlistValue root;
    try {
        root = parsePlist(bytes);
    } catch (const PlistError& error) {
        throw notOurs(where, error.what());
    }
    const std::string* label = root.stringFor("Label");
    if (label == nullptr || *label != kLaunchAgentResumeLabel) {
        throw notOurs(where, "its Label is not " + std::string(kLaunchAgentResumeLabel));
    }
    const PlistValue* list = root.find("ProgramArguments");
    const PlistValue::Array* items = list != nullptr ? list->asArray() : nullptr;
    if (items == nullptr || items->empty()) {
        throw notOurs(where, "it has no ProgramArguments");
    }
    ResumeEntry entry;
    for (const auto& item : *items) {
        const std::string* text = item.asString();
        if (text == nullptr) {
            throw notOurs(where, "an item of ProgramArguments is no string");
        }
        if (&item == &items->front()) {
            entry.program = *text;
        } else {
            entry.arguments.push_back(*text);
        }
    }
    return entry;
}

std::filesystem::path launchAgentResumePath(const std::filesystem::path& home)
{
    return home / "Library" / "LaunchAgents" / (std::string(kLaunchAgentResumeLabel) + ".plist");
}

std::string writeLaunchAgentResumeEntry(const std::filesystem::path& home, const ResumeEntry& entry)
{
    return writeResumeFile(launchAgentResumePath(home), launchAgentResumePlist(entry));
}

std::optional<ResumeEntry> readLaunchAgentResumeEntry(const std::filesystem::path& home)
{
    const auto path = launchAgentResumePath(home);
    const auto bytes = readResumeFile(path);
    if (!bytes) {
        return std::nullopt;
    }
    return parseLaunchAgentResumePlist(*bytes, utf8Text(path));
}

bool removeLaunchAgentResumeEntry(const std::filesystem::path& home)
{
    return removeResumeFile(launchAgentResumePath(home));
}

} // namespace offramp::platform
