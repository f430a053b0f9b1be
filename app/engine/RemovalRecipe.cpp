// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RemovalRecipe.h"

#include "engine/EnumNames.h"

namespace offramp {

namespace {

constexpr EnumNames<RemovalMethod, 3> kMethods{{
    {RemovalMethod::PackageManager, "package-manager"},
    {RemovalMethod::WindowsUninstaller, "windows-uninstaller"},
    {RemovalMethod::UninstallScript, "uninstall-script"},
}};

constexpr EnumNames<UninstallPassword, 4> kPasswords{{
    {UninstallPassword::None, "none"},
    {UninstallPassword::LoginPassword, "kaspersky-login"},
    {UninstallPassword::HexPassword, "kaspersky-hex"},
    {UninstallPassword::SystemAdmin, "system-admin"},
}};

constexpr EnumNames<RestartNeed, 3> kRestarts{{
    {RestartNeed::Never, "never"},
    {RestartNeed::Maybe, "maybe"},
    {RestartNeed::Required, "required"},
}};

} // namespace

std::string_view removalMethodId(RemovalMethod method)
{
    return enumName(kMethods, method);
}

std::optional<RemovalMethod> removalMethodFromId(std::string_view id)
{
    return enumFromName(kMethods, id);
}

std::string_view uninstallPasswordId(UninstallPassword password)
{
    return enumName(kPasswords, password);
}

std::optional<UninstallPassword> uninstallPasswordFromId(std::string_view id)
{
    return enumFromName(kPasswords, id);
}

std::string_view restartNeedId(RestartNeed need)
{
    return enumName(kRestarts, need);
}

std::optional<RestartNeed> restartNeedFromId(std::string_view id)
{
    return enumFromName(kRestarts, id);
}

} // namespace offramp
