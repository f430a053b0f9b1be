// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_PROBEFACTORY_H
#define OFFRAMP_PLATFORM_PROBEFACTORY_H

#include "engine/MachineProbe.h"
#include "engine/Platform.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace offramp::platform {

// The platform this executable was built for.
Platform hostPlatform();

// A probe for the computer this runs on (on POSIX hosts, a tree probe for "/").
std::unique_ptr<MachineProbe> makeHostProbe();

// A probe for a platform read from a file tree: Linux and macOS trees can be read on any host.
// Throws ProbeError when the platform cannot be read from a tree here (Windows on a POSIX host).
std::unique_ptr<MachineProbe> makeTreeProbe(Platform platform, const std::filesystem::path& root);

// The built-in demo computers' names ("home-windows", ...), and a probe for one of them; nullptr
// when there is no demo computer of that name.
std::vector<std::string> demoNames();
std::unique_ptr<MachineProbe> makeDemoProbe(const std::string& name);

// A probe for a recorded machine (a demo computer or a saved scan), given its JSON text.
// Throws ProbeError when the text is not a valid recorded machine; `origin` names it in messages.
std::unique_ptr<MachineProbe> makeRecordedProbe(const std::string& json, std::string origin);

} // namespace offramp::platform

#endif
