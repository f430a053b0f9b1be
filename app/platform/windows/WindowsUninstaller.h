// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_WINDOWSUNINSTALLER_H
#define OFFRAMP_PLATFORM_WINDOWS_WINDOWSUNINSTALLER_H

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "engine/RemovalJournal.h"
#include "engine/UninstallCommand.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offramp::platform::windows {

// An uninstall entry as the registry holds it now: the removal re-reads it rather than trusting a scan.
struct WindowsUninstallEntry
{
    std::string where;
    std::string displayName;
    UninstallEntryValues values;
    // Why an uninstall string could not be read, each read as missing: "its UninstallString is a REG_BINARY
    // value, not text", "its QuietUninstallString is not valid Unicode text".
    std::vector<std::string> damaged;
};

// Reads the key a fact's `where` names ("HKLM\...", "HKCU\...", "HKU\<SID>\..."); nullopt when it is gone.
std::optional<WindowsUninstallEntry> readUninstallEntry(const std::string& where);

// This machine's system folder and Program Files folders (from HKLM, which only administrators can change).
WindowsFolders windowsFolders();

struct WindowsRemovalOptions
{
    UninstallCredentials credentials; // never logged, printed or kept
    // More uninstaller names to allow besides the catalog's (the Wine tests' fake uninstaller).
    std::vector<std::string> extraAllowedPrograms;
    std::chrono::milliseconds timeout{std::chrono::minutes(30)};
    int retries = 3; // after 1618: another installation is running
    std::chrono::milliseconds retryWait{std::chrono::seconds(30)};
    // Told, in one line, before each wait for another try (what happened, how long it waits, which try is next).
    std::function<void(const std::string&)> onRetry;
    // Told when each run of the uninstaller has started (its process) and when it has ended (nullopt).
    std::function<void(const std::optional<StepProcess>&)> onProcess;
    // A new file for each run's output (see ProcessRequest::outputFile); none (pipes, the output dropped) when
    // empty, and for a command that carries a password, which an uninstaller may echo.
    std::function<std::filesystem::path()> newOutputFile;
};

enum class RemovalStatus
{
    Removed,
    RebootRequired,
    AlreadyGone,
    RetryLater,
    Failed,
    Refused,      // the entry's uninstaller is not one that may run; nothing ran
    NothingToRun, // no uninstall entry: only leftovers
};

struct WindowsRemovalResult
{
    std::string productId;
    std::string product;
    std::string where; // the uninstall entry
    RemovalStatus status = RemovalStatus::Failed;
    bool ran = false;
    bool timedOut = false; // stopped after the time-out, with whatever it had started
    bool crashed = false;  // it ended with an error status of Windows (isWindowsCrashExit)
    int exitCode = -1;     // when it ran to its end
    int runs = 0;          // how often the uninstaller was started (more than once after 1618)
    std::string command;   // what ran, with passwords masked
    std::string message;   // one line
    std::vector<std::string> notes;
    bool stillListed = false; // the entry was still there when the registry was read again afterwards
};

// Removes one uninstall entry of a finding: re-reads the entry, asks the engine what may run, runs it without
// a shell, and reads the registry again to verify.
WindowsRemovalResult removeWindowsEntry(const Catalog& catalog, const Finding& finding, const Evidence& evidence,
                                        const WindowsRemovalOptions& options);

} // namespace offramp::platform::windows

#endif
