// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Fact.h"

#include <array>
#include <utility>

namespace offramp {

namespace {

constexpr std::array<std::pair<FactKind, std::string_view>, 10> kFactKindIds{{
    {FactKind::Package, "package"},
    {FactKind::PackageConfigFiles, "package-config-files"},
    {FactKind::SystemdUnit, "systemd-unit"},
    {FactKind::Path, "path"},
    {FactKind::AppBundle, "app-bundle"},
    {FactKind::LaunchdJob, "launchd-job"},
    {FactKind::UninstallEntry, "uninstall-entry"},
    {FactKind::RegistryKey, "registry-key"},
    {FactKind::Service, "service"},
    {FactKind::Driver, "driver"},
}};

} // namespace

std::string_view factKindId(FactKind kind)
{
    for (const auto& [k, id] : kFactKindIds) {
        if (k == kind) {
            return id;
        }
    }
    return "path";
}

std::optional<FactKind> factKindFromId(std::string_view id)
{
    for (const auto& [kind, name] : kFactKindIds) {
        if (name == id) {
            return kind;
        }
    }
    return std::nullopt;
}

bool factShowsInstallation(FactKind kind)
{
    return kind == FactKind::Package || kind == FactKind::AppBundle || kind == FactKind::UninstallEntry;
}

} // namespace offramp
