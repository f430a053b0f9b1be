// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_REMOVALRECIPE_H
#define OFFRAMP_ENGINE_REMOVALRECIPE_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// How the catalog says one product is removed on one platform. Recipes are data: the elevated side runs
// nothing that a recipe of a product it found itself does not name.
namespace offramp {

enum class RemovalMethod
{
    PackageManager,     // linux: dpkg or rpm removes the product's packages
    WindowsUninstaller, // windows: the uninstall entry's msiexec /x {ProductCode}, or a named vendor uninstaller
    UninstallScript,    // macos: the vendor's own uninstall script, from an allowed path
};

// How a product's uninstaller takes the password that protects it.
enum class UninstallPassword
{
    None,          // no documented way: a password the user gives is not passed on
    LoginPassword, // msiexec properties KLLOGIN=<user> KLPASSWD=<password> (Endpoint Security; K1, K2)
    HexPassword,   // msiexec property KLUNINSTPASSWD=<UTF-16LE bytes as hex> (Network Agent; R9, R10)
    SystemAdmin,   // the operating system's administrator password (Kaspersky's Mac apps; K10)
};

// Whether removing the product needs the computer to restart before it is complete.
enum class RestartNeed
{
    Never,
    Maybe,    // only when the uninstaller says so (msiexec 3010 or 1641)
    Required, // the vendor documents a restart to finish
};

struct RemovalRecipe
{
    RemovalMethod method = RemovalMethod::PackageManager;
    int order = 10; // lower runs first: protection apps before the Network Agent that manages them
    // linux: package name patterns in the order their packages are removed (front ends before the main package).
    std::vector<std::string> packages;
    // windows: uninstallers other than msiexec that may run, by file name. Empty: none has a public source.
    std::vector<std::string> programs;
    // macos: absolute paths of the vendor's uninstall scripts.
    std::vector<std::string> scripts;
    UninstallPassword password = UninstallPassword::None;
    RestartNeed restart = RestartNeed::Never;
    std::vector<std::string> sources;
};

// The catalog's names: "package-manager", "windows-uninstaller", "uninstall-script"; "none",
// "kaspersky-login", "kaspersky-hex", "system-admin"; "never", "maybe", "required".
std::string_view removalMethodId(RemovalMethod method);
std::optional<RemovalMethod> removalMethodFromId(std::string_view id);
std::string_view uninstallPasswordId(UninstallPassword password);
std::optional<UninstallPassword> uninstallPasswordFromId(std::string_view id);
std::string_view restartNeedId(RestartNeed need);
std::optional<RestartNeed> restartNeedFromId(std::string_view id);

} // namespace offramp

#endif
