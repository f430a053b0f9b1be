// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/WindowsUninstaller.h"

#include "platform/common/ProcessRunner.h"
#include "platform/windows/Handle.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <algorithm>
#include <array>
#include <thread>
#include <utility>

namespace offramp::platform::windows {

namespace {

// U+FFFD in UTF-8: what toUtf8 puts in place of a surrogate without its pair.
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

struct KeyLocation
{
    HKEY root = nullptr;
    std::wstring path;
};

std::optional<KeyLocation> locate(std::string_view where)
{
    static const std::array<std::pair<std::string_view, HKEY>, 6> kRoots{{
        {"HKLM\\", HKEY_LOCAL_MACHINE},
        {"HKEY_LOCAL_MACHINE\\", HKEY_LOCAL_MACHINE},
        {"HKCU\\", HKEY_CURRENT_USER},
        {"HKEY_CURRENT_USER\\", HKEY_CURRENT_USER},
        {"HKU\\", HKEY_USERS},
        {"HKEY_USERS\\", HKEY_USERS},
    }};
    for (const auto& [prefix, root] : kRoots) {
        if (where.size() > prefix.size() && where.substr(0, prefix.size()) == prefix) {
            return KeyLocation{root, toWide(where.substr(prefix.size()))};
        }
    }
    return std::nullopt;
}

// The path a handle really leads to, after links and junctions; empty when it cannot be told.
std::string finalPath(HANDLE file)
{
    std::wstring buffer(MAX_PATH, L'\0');
    for (int attempt = 0; attempt < 2; ++attempt) {
        const DWORD length = ::GetFinalPathNameByHandleW(file, buffer.data(), static_cast<DWORD>(buffer.size()),
                                                         FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
        if (length == 0) {
            return {};
        }
        if (length < buffer.size()) {
            buffer.resize(length);
            constexpr std::wstring_view kLocal = L"\\\\?\\";
            if (buffer.starts_with(L"\\\\?\\UNC\\")) {
                return {}; // a network path is never an allowed folder
            }
            if (buffer.starts_with(kLocal)) {
                buffer.erase(0, kLocal.size());
            }
            return toUtf8(buffer);
        }
        buffer.resize(length);
    }
    return {};
}

// An uninstall string as text; empty, with the reason in `damaged`, when it is not text (a number, bytes) or holds a
// surrogate without its pair, which would name a program other than the one written.
std::string commandValue(const RegistryKey& key, const wchar_t* name, std::vector<std::string>& damaged)
{
    const std::string shown = toUtf8(name);
    const auto type = key.valueType(name);
    if (!type) {
        return {};
    }
    if (*type != REG_SZ && *type != REG_EXPAND_SZ) {
        damaged.push_back("its " + shown + " is a " + registryTypeName(*type) + " value, not text");
        return {};
    }
    const std::wstring value = key.stringValue(name).value_or(L"");
    if (hasLoneSurrogate(value)) {
        damaged.push_back("its " + shown + " is not valid Unicode text (it holds a UTF-16 surrogate without its pair)");
        return {};
    }
    return toUtf8(value);
}

RemovalStatus statusOf(UninstallOutcome outcome)
{
    switch (outcome) {
    case UninstallOutcome::Removed:
        return RemovalStatus::Removed;
    case UninstallOutcome::RemovedRebootRequired:
        return RemovalStatus::RebootRequired;
    case UninstallOutcome::AlreadyGone:
        return RemovalStatus::AlreadyGone;
    case UninstallOutcome::RetryLater:
        return RemovalStatus::RetryLater;
    case UninstallOutcome::Failed:
        break;
    }
    return RemovalStatus::Failed;
}

// "30 seconds", "1 second"; "no time" for none.
std::string describeWait(std::chrono::milliseconds wait)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(wait).count();
    if (seconds <= 0) {
        return "no time";
    }
    return std::to_string(seconds) + (seconds == 1 ? " second" : " seconds");
}

// Runs the command, again after 1618 (another installation running) as often as the options allow, waiting
// between tries and telling each wait.
void run(const UninstallCommand& command, const WindowsRemovalOptions& options, WindowsRemovalResult& result)
{
    const int tries = 1 + std::max(options.retries, 0);
    for (int attempt = 1;; ++attempt) {
        ProcessRequest request;
        request.program = command.program;
        request.arguments = command.arguments;
        request.timeout = options.timeout;
        if (options.onProcess) {
            request.onStarted = [&options](const StepProcess& started) { options.onProcess(started); };
        }
        // Its output is kept only for a command without a password: an uninstaller may echo its command line.
        if (options.newOutputFile && command.secretArguments.empty()) {
            request.outputFile = options.newOutputFile();
        }
        const ProcessResult process = runProcess(request);
        if (options.onProcess && process.started) {
            options.onProcess(std::nullopt);
        }
        if (!process.started) {
            result.status = RemovalStatus::Failed;
            result.message = "the uninstaller could not be started: " + process.failure;
            return;
        }
        result.ran = true;
        ++result.runs;
        if (process.timedOut) {
            result.timedOut = true;
            result.status = RemovalStatus::Failed;
            result.message = "the uninstaller did not finish in time and was stopped";
            return;
        }
        result.exitCode = process.exitCode;
        if (isWindowsCrashExit(process.exitCode)) {
            // No result of its own: it stopped wherever it was, maybe half-way.
            result.crashed = true;
            result.status = RemovalStatus::Failed;
            result.message = describeUninstallExit(process.exitCode) + " while removing " + result.product +
                             ", so it may be left partly removed. Nothing else was changed; run offramp-cli resume, "
                             "which checks the product and runs its uninstaller again. Should it crash again, a "
                             "technician can look up the exit code " +
                             windowsExitCodeHex(process.exitCode);
            return;
        }
        const UninstallOutcome outcome = classifyUninstallExit(process.exitCode);
        result.status = statusOf(outcome);
        result.message = describeUninstallExit(process.exitCode);
        if (outcome != UninstallOutcome::RetryLater) {
            return;
        }
        if (attempt >= tries) {
            result.message +=
                " (tried " + std::to_string(tries) + " times, " + describeWait(options.retryWait) + " apart)";
            return;
        }
        if (options.onRetry) {
            options.onRetry("Another installation is in progress (exit code " + std::to_string(process.exitCode) +
                            "): waiting " + describeWait(options.retryWait) + ", then running the uninstaller of " +
                            result.product + " again (try " + std::to_string(attempt + 1) + " of " +
                            std::to_string(tries) + ").");
        }
        std::this_thread::sleep_for(options.retryWait);
    }
}

} // namespace

WindowsRemovalResult removeWindowsEntry(const Catalog& catalog, const Finding& finding, const Evidence& evidence,
                                        const WindowsRemovalOptions& options)
{
    const Product& product = *finding.product;
    WindowsRemovalResult result;
    result.productId = product.id;
    result.product = product.name.text();
    result.where = evidence.where;

    const auto entry = readUninstallEntry(evidence.where);
    if (!entry && evidence.where.find(kReplacementCharacter) != std::string::npos) {
        // The scan showed a name that is not valid Unicode with U+FFFD, which names no key Windows knows.
        result.status = RemovalStatus::Refused;
        result.message =
            "refused the uninstall entry of " + result.product +
            ": its name in the registry is not valid Unicode text (the scan shows it with \uFFFD), so Offramp "
            "cannot be sure which entry it would remove. Remove " +
            result.product + " with its own uninstaller, from Windows' list of installed programs";
        return result;
    }
    if (!entry) {
        result.status = RemovalStatus::AlreadyGone;
        result.message = "its uninstall entry is already gone";
        return result;
    }
    if (entry->displayName != evidence.fact.name) {
        result.status = RemovalStatus::Refused;
        result.message = "its uninstall entry changed since the scan (it now names \"" + entry->displayName + "\")";
        return result;
    }
    UninstallPolicy policy = uninstallPolicy(catalog, product, windowsFolders());
    policy.allowedPrograms.insert(policy.allowedPrograms.end(), options.extraAllowedPrograms.begin(),
                                  options.extraAllowedPrograms.end());
    const WindowsRemovalRecipe recipe = windowsRemovalRecipe(product);
    auto decision = decideUninstall(product, entry->values, recipe, policy, options.credentials);
    if (!decision.command) {
        result.status = RemovalStatus::Refused;
        result.message = decision.refusal;
        if (!entry->damaged.empty()) {
            for (std::size_t i = 0; i < entry->damaged.size(); ++i) {
                result.message += (i == 0 ? "; " : ", and ") + entry->damaged[i];
            }
            result.message += ": the entry looks damaged. Remove " + result.product +
                              " with its own uninstaller, from Windows' list of installed programs";
        }
        return result;
    }
    const UninstallCommand& command = *decision.command;
    result.command = command.describe();
    result.notes = command.notes;

    // Held open without write or delete sharing while it runs, so that it cannot be swapped meanwhile;
    // and checked where it really is, so that a link inside an allowed folder cannot lead elsewhere.
    Handle pinned;
    if (!command.msiexec) {
        pinned = Handle(::CreateFileW(toWide(command.program).c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr,
                                      OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
        if (!pinned) {
            result.status = RemovalStatus::Failed;
            result.message =
                "the uninstaller \"" + command.program + "\" could not be opened: " + win32ErrorText(::GetLastError());
            return result;
        }
        const std::string real = finalPath(pinned.get());
        const auto allowed =
            real.empty()
                ? Result<void>(Error(ErrorKind::NotFound, "where it really is cannot be told", command.program))
                : checkUninstallerPath(real, policy);
        if (!allowed) {
            result.status = RemovalStatus::Refused;
            result.message = "refused to run \"" + command.program + "\": it leads to \"" + real + "\" and " +
                             allowed.error().what();
            return result;
        }
    }

    run(command, options, result);
    if (!result.ran) {
        return result;
    }
    result.stillListed = readUninstallEntry(evidence.where).has_value();
    switch (result.status) {
    case RemovalStatus::Removed:
        if (result.stillListed) {
            result.status = RemovalStatus::Failed;
            result.message += ", but its uninstall entry is still there";
        } else {
            result.message += "; checked: its uninstall entry is gone";
        }
        break;
    case RemovalStatus::RebootRequired:
        result.message += result.stillListed ? "; its uninstall entry stays until the restart"
                                             : "; checked: its uninstall entry is gone";
        break;
    case RemovalStatus::AlreadyGone:
        // Not believed while the entry stays: the removal runner's fresh scan makes that step a failure.
        if (result.stillListed) {
            result.message += ", but its uninstall entry is still there";
        }
        break;
    default:
        break;
    }
    return result;
}

std::optional<WindowsUninstallEntry> readUninstallEntry(const std::string& where)
{
    const auto location = locate(where);
    if (!location) {
        return std::nullopt;
    }
    // WOW6432Node is part of the path, so the 64-bit view reaches both views' entries.
    const auto key = RegistryKey::open(location->root, location->path, KEY_WOW64_64KEY);
    if (!key) {
        return std::nullopt;
    }
    WindowsUninstallEntry entry;
    entry.where = where;
    entry.displayName = toUtf8(key.stringValue(L"DisplayName").value_or(L""));
    const auto slash = location->path.find_last_of(L'\\');
    entry.values.keyName = toUtf8(slash == std::wstring::npos ? location->path : location->path.substr(slash + 1));
    entry.values.uninstallString = commandValue(key, L"UninstallString", entry.damaged);
    entry.values.quietUninstallString = commandValue(key, L"QuietUninstallString", entry.damaged);
    entry.values.windowsInstaller = key.dwordValue(L"WindowsInstaller").value_or(0) == 1;
    return entry;
}

WindowsFolders windowsFolders()
{
    WindowsFolders folders;
    std::array<wchar_t, MAX_PATH + 1> system{};
    const UINT length = ::GetSystemDirectoryW(system.data(), static_cast<UINT>(system.size()));
    if (length > 0 && length < system.size()) {
        folders.system = toUtf8(std::wstring_view(system.data(), length));
    }
    const auto current = RegistryKey::open(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion");
    if (const auto native = current.stringValue(L"ProgramFilesDir"); native && !native->empty()) {
        folders.programFiles = toUtf8(*native);
    }
    if (const auto x86 = current.stringValue(L"ProgramFilesDir (x86)"); x86 && !x86->empty()) {
        folders.programFilesX86 = toUtf8(*x86);
    }
    return folders;
}

} // namespace offramp::platform::windows
