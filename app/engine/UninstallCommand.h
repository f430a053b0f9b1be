// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_UNINSTALLCOMMAND_H
#define OFFRAMP_ENGINE_UNINSTALLCOMMAND_H

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "engine/utils/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What may run to remove a Windows product, decided without touching the machine: the platform
// layer reads the uninstall entry, asks here what to run, runs it, and asks here what the exit
// code means. Nothing here ever goes through a shell, and passwords never appear in descriptions.
namespace offramp {

// How one product is removed on Windows: the catalog's recipe (order, password, allowed programs).
using WindowsRemovalRecipe = RemovalRecipe;

// The product's Windows recipe from the catalog; products without one get the defaults (msiexec only,
// no password, order 10).
WindowsRemovalRecipe windowsRemovalRecipe(const Product& product);

// The machine's folders, as its registry names them (they differ on localized or non-C: systems).
struct WindowsFolders
{
    std::string system = "C:\\Windows\\System32";
    std::string programFiles = "C:\\Program Files";
    std::string programFilesX86 = "C:\\Program Files (x86)";
};

// What may run: the system's msiexec with a product code, or a named uninstaller in an allowed folder.
struct UninstallPolicy
{
    std::string msiexec;                      // absolute path of the system's msiexec.exe
    std::vector<std::string> allowedFolders;  // absolute folder patterns, '*' within one component
    std::vector<std::string> allowedPrograms; // file names, compared without letter case
};

// The catalog's install folders of the product's maker that lie under Program Files (only
// administrators can write there), moved onto this machine's Program Files folders; the recipe's programs.
UninstallPolicy uninstallPolicy(const Catalog& catalog, const Product& product, const WindowsFolders& folders);

// An uninstall entry's values, as the registry holds them when the removal starts.
struct UninstallEntryValues
{
    std::string keyName; // often the MSI product code
    std::string uninstallString;
    std::string quietUninstallString;
    bool windowsInstaller = false;
};

struct UninstallCredentials
{
    std::string login;
    std::string password;
};

struct UninstallCommand
{
    std::string program; // absolute path
    std::vector<std::string> arguments;
    std::vector<std::size_t> secretArguments; // indexes into `arguments` that carry a password
    bool msiexec = false;
    std::string productCode; // when msiexec runs
    std::vector<std::string> notes;

    // The command line with every password replaced by stars, safe to show and to log.
    std::string describe() const;
};

struct UninstallDecision
{
    std::optional<UninstallCommand> command; // what may run
    std::string refusal;                     // otherwise why not, in one line
};

UninstallDecision decideUninstall(const Product& product, const UninstallEntryValues& entry,
                                  const WindowsRemovalRecipe& recipe, const UninstallPolicy& policy,
                                  const UninstallCredentials& credentials = {});

// The one product code an msiexec command line (split into words) names, after /x, /i or on its own, normalized
// ("{...}" in capitals). Otherwise why not, for the refusal: Damaged when it names two different ones, NotFound when
// it names none.
Result<std::string> productCodeIn(const std::vector<std::string>& argv);

// Whether a program may run as an uninstaller under the policy; otherwise an InvalidInput error (the program as its
// subject) that says why not: not a plain absolute path, not an allowed name, outside the allowed folders.
Result<void> checkUninstallerPath(std::string_view program, const UninstallPolicy& policy);

// What an uninstaller's exit code means (msiexec's codes; vendor uninstallers follow them).
enum class UninstallOutcome
{
    Removed,
    RemovedRebootRequired, // 1641 (a restart was started) and 3010 (a restart is needed to finish)
    AlreadyGone,           // 1605: the product is not installed
    RetryLater,            // 1618: another installation is running
    Failed,
};

UninstallOutcome classifyUninstallExit(int exitCode);
// "removed", "reboot-required", "already-gone", "retry-later", "failed".
std::string_view uninstallOutcomeId(UninstallOutcome outcome);
// e.g. "exit code 3010: removed; a restart is needed to finish"; a crash "exit code 0xC0000005: the uninstaller
// crashed (an access violation)".
std::string describeUninstallExit(int exitCode);
// Whether a Windows exit code is an error status of Windows itself (NTSTATUS 0xC0000000 to 0xCFFFFFFF, such as
// 0xC0000005, an access violation): the program crashed or was ended by Windows, rather than reporting a result.
// -1 and other small negative codes (0xF0000000 and above) are a program's own and do not count.
bool isWindowsCrashExit(int exitCode);
// The exit code as Windows' own documentation writes it, to look up: "0xC0000005".
std::string windowsExitCodeHex(int exitCode);

// A product code such as {9A017278-F7F4-4DF9-A482-0B97B70DD7ED}, in capitals; nullopt when not one.
std::optional<std::string> normalizeProductCode(std::string_view text);
// The password as Network Agent's KLUNINSTPASSWD wants it: its UTF-16LE bytes in hex (capitals).
// nullopt when the text is not valid UTF-8.
std::optional<std::string> utf16LeHex(std::string_view utf8);

// Splits a command line as the Microsoft C runtime builds argv from it (CommandLineToArgvW's rules).
std::vector<std::string> splitWindowsCommandLine(std::string_view commandLine);
// Quotes one argument so that the C runtime gives it back unchanged.
std::string quoteWindowsArgument(std::string_view argument);
std::string joinWindowsCommandLine(const std::vector<std::string>& arguments);

} // namespace offramp

#endif
