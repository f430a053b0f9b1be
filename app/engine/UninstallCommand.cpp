// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/UninstallCommand.h"

#include "engine/Glob.h"
#include "engine/utils/AsciiCase.h"
#include "engine/utils/Utf8.h"
#include "engine/utils/WindowsPath.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace offramp {

using utils::endsWithIgnoringCase;
using utils::equalsIgnoringCase;
using utils::startsWithIgnoringCase;

namespace {

std::string_view fileNameOf(std::string_view path)
{
    const auto slash = path.find_last_of("\\/");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::vector<std::string> components(std::string_view path)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find_first_of("\\/", start);
        if (end == std::string_view::npos) {
            end = path.size();
        }
        parts.emplace_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// Whether a path may name an uninstaller to run; otherwise an InvalidInput error that says why not. Only plain absolute
// paths on a drive are accepted: relative paths, "..", device and network paths, streams and names Windows would
// rewrite (trailing dots or spaces) could all lead somewhere other than where the text seems to point. The registry's
// text is Windows' own, and Windows takes '/' after the drive as well as '\', so both are read here.
Result<void> checkPlainPath(std::string_view path)
{
    const auto refused = [&](const std::string& why) { return Error(ErrorKind::InvalidInput, why, std::string(path)); };
    if (!utils::startsAtDriveRoot(path, utils::DriveSeparator::SlashOrBackslash)) {
        return refused("it is not an absolute path on a drive");
    }
    if (std::ranges::any_of(path, [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
        return refused("it contains control characters");
    }
    if (path.find(':', 2) != std::string_view::npos) {
        return refused("it names a file stream");
    }
    const auto parts = components(path.substr(3));
    for (const auto& part : parts) {
        if (part.empty()) {
            return refused("it has an empty folder name");
        }
        if (part == "." || part == "..") {
            return refused("it climbs folders with \"" + part + "\"");
        }
        if (part.back() == '.' || part.back() == ' ') {
            return refused("a name in it ends with a dot or a space");
        }
    }
    return {};
}

bool underFolder(std::string_view path, std::string_view folderPattern)
{
    const auto pathParts = components(path);
    const auto folderParts = components(folderPattern);
    // The program lies beneath the folder: the folder's components match and at least the file name follows.
    if (folderParts.size() >= pathParts.size()) {
        return false;
    }
    for (std::size_t i = 0; i < folderParts.size(); ++i) {
        if (!Glob(folderParts[i]).matches(pathParts[i])) {
            return false;
        }
    }
    return true;
}

// Programs that run command strings: never an uninstaller, whatever folder they sit in.
bool isInterpreter(std::string_view name)
{
    static constexpr std::array<std::string_view, 14> kInterpreters{
        "cmd.exe",     "cmd",       "powershell.exe", "powershell",   "pwsh.exe",    "pwsh",         "wscript.exe",
        "cscript.exe", "mshta.exe", "rundll32.exe",   "regsvr32.exe", "conhost.exe", "explorer.exe", "bash.exe",
    };
    return std::ranges::any_of(kInterpreters, [&](std::string_view known) { return equalsIgnoringCase(name, known); });
}

bool isMsiexec(std::string_view program)
{
    const auto name = fileNameOf(program);
    return equalsIgnoringCase(name, "msiexec.exe") || equalsIgnoringCase(name, "msiexec");
}

// A property value msiexec reads back unchanged when it is written without quotes.
bool plainPropertyValue(std::string_view value)
{
    return !value.empty() && std::ranges::none_of(value, [](char c) {
        return c == '"' || c == ' ' || c == '\t' || static_cast<unsigned char>(c) < 0x20;
    });
}

std::optional<std::string> addPassword(UninstallCommand& command, const Product& product,
                                       const WindowsRemovalRecipe& recipe, const UninstallCredentials& credentials)
{
    if (credentials.password.empty()) {
        return std::nullopt;
    }
    const std::string& name = product.name.text();
    switch (recipe.password) {
    case UninstallPassword::None:
    case UninstallPassword::SystemAdmin: // asked for by the system, never passed on the command line
        command.notes.push_back("The password was not passed on: there is no documented way to give it to the " + name +
                                " uninstaller.");
        return std::nullopt;
    case UninstallPassword::LoginPassword:
        if (credentials.login.empty()) {
            return name + " takes the password together with the user name it belongs to (KLLOGIN); give both";
        }
        // Without a shell or quotes, msiexec splits such values: refuse rather than pass half a password.
        if (!plainPropertyValue(credentials.login) || !plainPropertyValue(credentials.password)) {
            return "the user name or password contains a space, a tab or a double quote, which msiexec cannot "
                   "be given safely; remove " +
                   name + " with its own wizard instead";
        }
        command.arguments.push_back("KLLOGIN=" + credentials.login);
        command.secretArguments.push_back(command.arguments.size());
        command.arguments.push_back("KLPASSWD=" + credentials.password);
        return std::nullopt;
    case UninstallPassword::HexPassword: {
        const auto hex = utf16LeHex(credentials.password);
        if (!hex) {
            return std::string("the password is not valid UTF-8 text");
        }
        command.secretArguments.push_back(command.arguments.size());
        command.arguments.push_back("KLUNINSTPASSWD=" + *hex);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

UninstallDecision refuse(std::string reason)
{
    return {std::nullopt, std::move(reason)};
}

} // namespace

Result<std::string> productCodeIn(const std::vector<std::string>& argv)
{
    std::optional<std::string> found;
    for (std::size_t i = 1; i < argv.size(); ++i) {
        std::string_view word = argv[i];
        for (const std::string_view option : {"/x", "-x", "/i", "-i", "/uninstall", "-uninstall"}) {
            if (startsWithIgnoringCase(word, option) && word.size() > option.size() && word[option.size()] == '{') {
                word.remove_prefix(option.size());
                break;
            }
        }
        const auto code = normalizeProductCode(word);
        if (!code) {
            continue;
        }
        if (found && *found != *code) {
            return Error(ErrorKind::Damaged, "its command line names two different product codes");
        }
        found = code;
    }
    if (!found) {
        return Error(ErrorKind::NotFound, "its msiexec command line names no product code");
    }
    return std::move(*found);
}

WindowsRemovalRecipe windowsRemovalRecipe(const Product& product)
{
    const auto found = product.removal.find(Platform::Windows);
    if (found != product.removal.end()) {
        return found->second;
    }
    WindowsRemovalRecipe recipe;
    recipe.method = RemovalMethod::WindowsUninstaller;
    return recipe;
}

UninstallPolicy uninstallPolicy(const Catalog& catalog, const Product& product, const WindowsFolders& folders)
{
    UninstallPolicy policy;
    policy.msiexec = folders.system + "\\msiexec.exe";
    policy.allowedPrograms = windowsRemovalRecipe(product).programs;
    constexpr std::string_view kX86 = "C:\\Program Files (x86)\\";
    constexpr std::string_view kNative = "C:\\Program Files\\";
    for (const auto& other : catalog.products) {
        if (other.maker != product.maker) {
            continue;
        }
        const auto signatures = other.signatures.find(Platform::Windows);
        if (signatures == other.signatures.end()) {
            continue;
        }
        const auto paths = signatures->second.find(SignatureKind::Paths);
        if (paths == signatures->second.end()) {
            continue;
        }
        for (const auto& pattern : paths->second) {
            std::string folder;
            if (startsWithIgnoringCase(pattern, kX86)) {
                folder = folders.programFilesX86 + "\\" + pattern.substr(kX86.size());
            } else if (startsWithIgnoringCase(pattern, kNative)) {
                folder = folders.programFiles + "\\" + pattern.substr(kNative.size());
            } else {
                continue; // ProgramData and other folders ordinary users can write to
            }
            if (std::ranges::none_of(policy.allowedFolders,
                                     [&](const std::string& known) { return equalsIgnoringCase(known, folder); })) {
                policy.allowedFolders.push_back(std::move(folder));
            }
        }
    }
    return policy;
}

std::string UninstallCommand::describe() const
{
    std::vector<std::string> shown{program};
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (std::ranges::find(secretArguments, i) != secretArguments.end()) {
            shown.push_back(arguments[i].substr(0, arguments[i].find('=') + 1) + "********");
        } else {
            shown.push_back(arguments[i]);
        }
    }
    return joinWindowsCommandLine(shown);
}

UninstallDecision decideUninstall(const Product& product, const UninstallEntryValues& entry,
                                  const WindowsRemovalRecipe& recipe, const UninstallPolicy& policy,
                                  const UninstallCredentials& credentials)
{
    const std::string& name = product.name.text();
    if (!product.banned) {
        return refuse(name + " is not banned; Offramp removes only banned products (use its own uninstaller)");
    }
    const std::string& line = !entry.quietUninstallString.empty() && !entry.windowsInstaller
                                  ? entry.quietUninstallString
                                  : entry.uninstallString;
    const auto argv = splitWindowsCommandLine(line);
    const auto keyCode = normalizeProductCode(entry.keyName);

    // Windows Installer products: the system's msiexec removes the product code; nothing else from the
    // entry's text runs, so a doctored command line can at most name a product code.
    if ((entry.windowsInstaller && keyCode) || (!argv.empty() && isMsiexec(argv.front()))) {
        std::optional<std::string> code;
        if (!argv.empty() && isMsiexec(argv.front())) {
            auto named = productCodeIn(argv);
            if (!named && !(entry.windowsInstaller && keyCode)) {
                return refuse("refused the uninstall entry of " + name + ": " + named.error().what());
            }
            if (named) {
                code = std::move(named).value();
            }
            if (code && keyCode && *code != *keyCode) {
                return refuse("refused the uninstall entry of " + name + ": its key is " + *keyCode +
                              " but its command line removes " + *code);
            }
        }
        if (!code) {
            code = keyCode;
        }
        if (policy.msiexec.empty()) {
            return refuse("the system's msiexec.exe was not found");
        }
        UninstallCommand command;
        command.program = policy.msiexec;
        command.msiexec = true;
        command.productCode = *code;
        command.arguments = {"/x", *code, "/qn", "/norestart"};
        if (auto problem = addPassword(command, product, recipe, credentials)) {
            return refuse(std::move(*problem));
        }
        return {std::move(command), {}};
    }

    if (argv.empty()) {
        return refuse("refused the uninstall entry of " + name + ": it names no uninstaller");
    }
    const std::string& program = argv.front();
    const std::string_view file = fileNameOf(program);
    if (isInterpreter(file)) {
        return refuse("refused to run \"" + std::string(file) + "\" for " + name +
                      ": it runs command strings, and Offramp never runs a command string from the registry");
    }
    const bool namesExe = file.size() > 4 && endsWithIgnoringCase(file, ".exe");
    if (const auto trimmed = line.find_first_not_of(" \t");
        trimmed != std::string::npos && line[trimmed] != '"' && argv.size() > 1 && !namesExe) {
        return refuse("refused the uninstall entry of " + name +
                      ": its program path has spaces but no quotes, so it is not clear what it would run");
    }
    if (const auto allowed = checkUninstallerPath(program, policy); !allowed) {
        return refuse("refused to run \"" + program + "\" for " + name + ": " + allowed.error().what());
    }
    UninstallCommand command;
    command.program = program;
    command.arguments.assign(argv.begin() + 1, argv.end());
    if (!credentials.password.empty()) {
        command.notes.push_back("The password was not passed on: there is no documented way to give it to " + name +
                                "'s own uninstaller.");
    }
    return {std::move(command), {}};
}

Result<void> checkUninstallerPath(std::string_view program, const UninstallPolicy& policy)
{
    const auto refused = [&](const std::string& why) {
        return Error(ErrorKind::InvalidInput, why, std::string(program));
    };
    if (auto plain = checkPlainPath(program); !plain) {
        return plain;
    }
    const std::string_view file = fileNameOf(program);
    if (std::ranges::none_of(policy.allowedPrograms,
                             [&](const std::string& allowed) { return equalsIgnoringCase(allowed, file); })) {
        return refused("it is not an uninstaller the catalog allows");
    }
    if (std::ranges::none_of(policy.allowedFolders,
                             [&](const std::string& folder) { return underFolder(program, folder); })) {
        return refused("it is outside the folders the catalog allows uninstallers to run from");
    }
    return {};
}

UninstallOutcome classifyUninstallExit(int exitCode)
{
    switch (exitCode) {
    case 0:
        return UninstallOutcome::Removed;
    case 1641:
    case 3010:
        return UninstallOutcome::RemovedRebootRequired;
    case 1605:
        return UninstallOutcome::AlreadyGone;
    case 1618:
        return UninstallOutcome::RetryLater;
    default:
        return UninstallOutcome::Failed;
    }
}

std::string_view uninstallOutcomeId(UninstallOutcome outcome)
{
    switch (outcome) {
    case UninstallOutcome::Removed:
        return "removed";
    case UninstallOutcome::RemovedRebootRequired:
        return "reboot-required";
    case UninstallOutcome::AlreadyGone:
        return "already-gone";
    case UninstallOutcome::RetryLater:
        return "retry-later";
    case UninstallOutcome::Failed:
        break;
    }
    return "failed";
}

bool isWindowsCrashExit(int exitCode)
{
    const auto code = static_cast<std::uint32_t>(exitCode);
    return code >= 0xC0000000U && code <= 0xCFFFFFFFU;
}

std::string windowsExitCodeHex(int exitCode)
{
    constexpr std::string_view kDigits = "0123456789ABCDEF";
    const auto code = static_cast<std::uint32_t>(exitCode);
    std::string text = "0x";
    for (int shift = 28; shift >= 0; shift -= 4) {
        text += kDigits[(code >> static_cast<unsigned>(shift)) & 0xFU];
    }
    return text;
}

namespace {

// The best-known ways a Windows program crashes, as ntstatus.h names them.
std::string_view windowsCrashName(std::uint32_t code)
{
    switch (code) {
    case 0xC0000005U:
        return "an access violation";
    case 0xC00000FDU:
        return "a stack overflow";
    case 0xC0000409U:
        return "a stack buffer overrun";
    default:
        return {};
    }
}

} // namespace

std::string describeUninstallExit(int exitCode)
{
    if (isWindowsCrashExit(exitCode)) {
        const std::string_view name = windowsCrashName(static_cast<std::uint32_t>(exitCode));
        return "exit code " + windowsExitCodeHex(exitCode) + ": the uninstaller crashed" +
               (name.empty() ? std::string() : " (" + std::string(name) + ")");
    }
    std::string text = "exit code " + std::to_string(exitCode) + ": ";
    switch (exitCode) {
    case 0:
        return text + "removed";
    case 1641:
        return text + "removed; the uninstaller started a restart to finish";
    case 3010:
        return text + "removed; a restart is needed to finish";
    case 1605:
        return text + "the product is not installed (already gone)";
    case 1618:
        return text + "another installation is in progress; try again when it has finished";
    default:
        return text + "the removal failed";
    }
}

std::optional<std::string> normalizeProductCode(std::string_view text)
{
    // {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}
    constexpr std::size_t kLength = 38;
    if (text.size() != kLength || text.front() != '{' || text.back() != '}') {
        return std::nullopt;
    }
    std::string code(text);
    for (std::size_t i = 1; i + 1 < kLength; ++i) {
        char& c = code[i];
        if (i == 9 || i == 14 || i == 19 || i == 24) {
            if (c != '-') {
                return std::nullopt;
            }
            continue;
        }
        if (c >= 'a' && c <= 'f') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
            return std::nullopt;
        }
    }
    return code;
}

std::optional<std::string> utf16LeHex(std::string_view utf8)
{
    constexpr std::string_view kDigits = "0123456789ABCDEF";
    std::string hex;
    const auto putUnit = [&](std::uint32_t unit) {
        for (const std::uint32_t byte : {unit & 0xFFU, (unit >> 8U) & 0xFFU}) {
            hex += kDigits[byte >> 4U];
            hex += kDigits[byte & 0xFU];
        }
    };
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto character = utils::decodeUtf8(utf8, i);
        if (!character) {
            return std::nullopt; // not UTF-8, overlong, out of range, or a lone surrogate
        }
        std::uint32_t point = character->codePoint;
        if (point >= 0x10000) {
            point -= 0x10000;
            putUnit(0xD800U + (point >> 10U));
            putUnit(0xDC00U + (point & 0x3FFU));
        } else {
            putUnit(point);
        }
        i += character->length;
    }
    return hex;
}

std::vector<std::string> splitWindowsCommandLine(std::string_view line)
{
    std::vector<std::string> argv;
    std::size_t i = line.find_first_not_of(" \t");
    if (i == std::string_view::npos) {
        return argv;
    }
    // The program name: up to the closing quote if it starts with one, else up to white space; no escapes.
    if (line[i] == '"') {
        const auto close = line.find('"', i + 1);
        const auto end = close == std::string_view::npos ? line.size() : close;
        argv.emplace_back(line.substr(i + 1, end - i - 1));
        i = close == std::string_view::npos ? line.size() : close + 1;
    } else {
        const auto end = std::min(line.find_first_of(" \t", i), line.size());
        argv.emplace_back(line.substr(i, end - i));
        i = end;
    }
    // The arguments: 2n backslashes and a quote give n backslashes and toggle quoting; 2n+1 give n and a
    // literal quote; "" inside quotes is a literal quote; other backslashes are literal.
    for (;;) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
            ++i;
        }
        if (i >= line.size()) {
            break;
        }
        std::string argument;
        bool quoted = false;
        while (i < line.size()) {
            const char c = line[i];
            if ((c == ' ' || c == '\t') && !quoted) {
                break;
            }
            if (c == '\\') {
                std::size_t count = 0;
                while (i < line.size() && line[i] == '\\') {
                    ++count;
                    ++i;
                }
                if (i < line.size() && line[i] == '"') {
                    argument.append(count / 2, '\\');
                    if (count % 2 == 1) {
                        argument += '"';
                        ++i;
                    }
                } else {
                    argument.append(count, '\\');
                }
                continue;
            }
            if (c == '"') {
                if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
                    argument += '"';
                    i += 2;
                    continue;
                }
                quoted = !quoted;
                ++i;
                continue;
            }
            argument += c;
            ++i;
        }
        argv.push_back(std::move(argument));
    }
    return argv;
}

std::string quoteWindowsArgument(std::string_view argument)
{
    if (!argument.empty() && argument.find_first_of(" \t\n\v\"") == std::string_view::npos) {
        return std::string(argument);
    }
    std::string quoted = "\"";
    std::size_t backslashes = 0;
    for (const char c : argument) {
        if (c == '\\') {
            ++backslashes;
            continue;
        }
        if (c == '"') {
            quoted.append(backslashes * 2 + 1, '\\');
        } else {
            quoted.append(backslashes, '\\');
        }
        backslashes = 0;
        quoted += c;
    }
    quoted.append(backslashes * 2, '\\'); // they come before the closing quote
    quoted += '"';
    return quoted;
}

std::string joinWindowsCommandLine(const std::vector<std::string>& arguments)
{
    std::string line;
    for (const auto& argument : arguments) {
        if (!line.empty()) {
            line += ' ';
        }
        line += quoteWindowsArgument(argument);
    }
    return line;
}

} // namespace offramp
