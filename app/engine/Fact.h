// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_FACT_H
#define OFFRAMP_ENGINE_FACT_H

#include "engine/Platform.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offramp {

// What a probe can see on a machine. Each kind is matched against one kind of catalog signature.
enum class FactKind
{
    Package,            // an installed dpkg or rpm package (name, version)
    PackageConfigFiles, // a removed package whose configuration files remain (dpkg "config-files")
    SystemdUnit,        // a unit file (name such as "kesl.service")
    Path,               // a file or folder that exists (name is the path as on the machine)
    AppBundle,          // a macOS .app bundle (name = folder name without .app, id = CFBundleIdentifier)
    LaunchdJob,         // a launchd daemon or agent plist (name = Label)
    UninstallEntry,     // a Windows uninstall entry (name = DisplayName, id = key name or product code)
    RegistryKey,        // a registry key (name = full key path)
    Service,            // a Windows service (name = service name)
    Driver,             // a Windows kernel driver (name = service name)
};

std::string_view factKindId(FactKind kind);
std::optional<FactKind> factKindFromId(std::string_view id);
// Whether this kind of fact shows a working installation rather than something left behind.
bool factShowsInstallation(FactKind kind);

struct Fact
{
    FactKind kind = FactKind::Path;
    std::string name;
    std::string id;
    std::string version;
    std::string publisher;
    std::string state; // e.g. the dpkg status "install ok installed"
    std::string where; // where it was seen, as a path or key on the scanned machine
    std::string user;  // the account it belongs to, for per-user installs
};

// Everything a probe saw, plus what it could not read but did not need to fail for.
struct MachineFacts
{
    Platform platform = Platform::Linux;
    std::string root = "/";    // the directory read as "/" (or a description, for recorded machines)
    std::string description;   // e.g. "Demo: a Windows 11 home PC"
    std::string systemVersion; // Windows: "10.0.19045", as the system reports it; empty where not read
    std::vector<Fact> facts;
    std::vector<std::string> warnings;
};

} // namespace offramp

#endif
