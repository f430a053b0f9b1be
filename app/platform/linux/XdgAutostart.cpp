// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/XdgAutostart.h"

#include "platform/common/ResumeEntryCheck.h"
#include "platform/common/ResumeFile.h"
#include "platform/common/Utf8Path.h"

namespace offramp::platform {

namespace {

// The Desktop Entry Specification's reserved characters (an argument holding one must be quoted), plus
// carriage return, which a shell-style parser would also split on.
constexpr std::string_view kReserved = " \t\n\r\"'\\><~|&;$*?#()`";

// Key file string escapes, applied to the whole value after quoting.
std::string escapeKeyFileString(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::optional<std::string> unescapeKeyFileString(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        if (++i == text.size()) {
            return std::nullopt;
        }
        switch (text[i]) {
        case '\\':
            out += '\\';
            break;
        case 's':
            out += ' ';
            break;
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        default:
            return std::nullopt; // GLib refuses the whole value too
        }
    }
    return out;
}

// "%%" is a literal percent sign; any other field code (%f, %u, ...) is never in an entry Offramp writes.
std::optional<std::string> expandPercent(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%') {
            if (i + 1 == text.size() || text[i + 1] != '%') {
                return std::nullopt;
            }
            ++i;
        }
        out += text[i];
    }
    return out;
}

// Splits as GLib and KDE do (shell-like): double quotes with backslash escapes of "`$\, single quotes
// taken literally, a backslash outside quotes escaping the next character.
std::optional<std::vector<std::string>> splitExec(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (inWord) {
                words.push_back(std::move(word));
                word.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == '"') {
            for (++i;; ++i) {
                if (i >= text.size()) {
                    return std::nullopt;
                }
                if (text[i] == '"') {
                    break;
                }
                if (text[i] == '\\' && i + 1 < text.size() &&
                    std::string_view("\"`$\\").find(text[i + 1]) != std::string_view::npos) {
                    ++i;
                }
                word += text[i];
            }
        } else if (c == '\'') {
            const std::size_t end = text.find('\'', i + 1);
            if (end == std::string_view::npos) {
                return std::nullopt;
            }
            word.append(text.substr(i + 1, end - i - 1));
            i = end;
        } else if (c == '\\') {
            if (++i == text.size()) {
                return std::nullopt;
            }
            word += text[i];
        } else {
            word += c;
        }
    }
    if (inWord) {
        words.push_back(std::move(word));
    }
    if (words.empty()) {
        return std::nullopt;
    }
    return words;
}

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The value of a key in the [Desktop Entry] group; nullopt when absent.
std::optional<std::string_view> desktopEntryValue(std::string_view text, std::string_view key)
{
    bool inGroup = false;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        if (line.front() == '[') {
            inGroup = line == "[Desktop Entry]";
            continue;
        }
        const auto equals = line.find('=');
        if (inGroup && equals != std::string_view::npos && trimmed(line.substr(0, equals)) == key) {
            // Spaces around '=' are ignored; a leading space of the value itself would be written "\s".
            return trimmed(line.substr(equals + 1));
        }
    }
    return std::nullopt;
}

} // namespace

std::string quoteDesktopExecArgument(std::string_view argument)
{
    if (!argument.empty() && argument.find_first_of(kReserved) == std::string_view::npos) {
        return std::string(argument);
    }
    std::string quoted = "\"";
    for (const char c : argument) {
        if (c == '"' || c == '`' || c == '$' || c == '\\') {
            quoted += '\\';
        }
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string desktopExecValue(const std::vector<std::string>& arguments)
{
    std::string line;
    for (const auto& argument : arguments) {
        if (!line.empty()) {
            line += ' ';
        }
        for (const char c : quoteDesktopExecArgument(argument)) {
            line += c;
            if (c == '%') {
                line += '%';
            }
        }
    }
    return escapeKeyFileString(line);
}

std::optional<std::vector<std::string>> parseDesktopExecValue(std::string_view value)
{
    const auto unescaped = unescapeKeyFileString(value);
    if (!unescaped) {
        return std::nullopt;
    }
    const auto expanded = expandPercent(*unescaped);
    if (!expanded) {
        return std::nullopt;
    }
    return splitExec(*expanded);
}

std::string xdgResumeDesktopEntry(const ResumeEntry& entry)
{
    checkResumeEntryText(entry);
    if (entry.program.front() != '/') {
        throw resumeAtLoginError("the program \"" + entry.program + "\" is not an absolute path");
    }
    std::vector<std::string> arguments{entry.program};
    arguments.insert(arguments.end(), entry.arguments.begin(), entry.arguments.end());
    // NoDisplay: not a menu item. No OnlyShowIn: every desktop that follows the specification runs it.
    return "[Desktop Entry]\n"
           "Type=Application\n"
           "Name=Offramp\n"
           "Comment=Finish removing Kaspersky after the restart\n"
           "Comment[es]=Terminar de quitar Kaspersky después del reinicio\n"
           "Exec=" +
           desktopExecValue(arguments) +
           "\n"
           "Icon=security-high\n"
           "Terminal=false\n"
           "NoDisplay=true\n"
           "X-GNOME-Autostart-enabled=true\n";
}

ResumeEntry parseXdgResumeDesktopEntry(std::string_view text, const std::string& where)
{
    const auto exec = desktopEntryValue(text, "Exec");
    if (!exec) {
        throw ResumeAtLoginError(where + " has no Exec line; delete it, since it cannot open Offramp");
    }
    auto words = parseDesktopExecValue(*exec);
    if (!words) {
        throw ResumeAtLoginError(where + " has a malformed Exec line; delete it, since it cannot open Offramp");
    }
    ResumeEntry entry;
    entry.program = std::move(words->front());
    entry.arguments.assign(std::make_move_iterator(words->begin() + 1), std::make_move_iterator(words->end()));
    return entry;
}

std::filesystem::path xdgResumeEntryPath(const std::filesystem::path& configHome)
{
    return configHome / "autostart" / kXdgResumeFileName;
}

std::string writeXdgResumeEntry(const std::filesystem::path& configHome, const ResumeEntry& entry)
{
    return writeResumeFile(xdgResumeEntryPath(configHome), xdgResumeDesktopEntry(entry));
}

std::optional<ResumeEntry> readXdgResumeEntry(const std::filesystem::path& configHome)
{
    const auto path = xdgResumeEntryPath(configHome);
    const auto text = readResumeFile(path);
    if (!text) {
        return std::nullopt;
    }
    return parseXdgResumeDesktopEntry(*text, utf8Text(path));
}

bool removeXdgResumeEntry(const std::filesystem::path& configHome)
{
    return removeResumeFile(xdgResumeEntryPath(configHome));
}

} // namespace offramp::platform
