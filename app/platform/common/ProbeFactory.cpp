// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProbeFactory.h"

#include "engine/EmbeddedFiles.h"
#include "platform/linux/LinuxProbe.h"
#include "platform/macos/MacProbe.h"
#include "platform/recorded/RecordedProbe.h"

#include <utility>

namespace offramp::platform {

Platform hostPlatform()
{
    return platformFromId(OFFRAMP_HOST_PLATFORM).value_or(Platform::Linux);
}

std::unique_ptr<MachineProbe> makeTreeProbe(Platform platform, const std::filesystem::path& root)
{
    switch (platform) {
    case Platform::Linux:
        return std::make_unique<LinuxProbe>(root);
    case Platform::MacOS:
        return std::make_unique<MacProbe>(root);
    case Platform::Windows:
        break;
    }
    throw ProbeError("a Windows computer is read through its registry, not a folder: run offramp-cli.exe on Windows",
                     ErrorKind::Unsupported);
}

std::vector<std::string> demoNames()
{
    std::vector<std::string> names;
    for (const auto& file : embeddedDemoFiles()) {
        names.push_back(std::filesystem::path(file.name).stem().string());
    }
    return names;
}

std::unique_ptr<MachineProbe> makeDemoProbe(const std::string& name)
{
    for (const auto& file : embeddedDemoFiles()) {
        if (std::filesystem::path(file.name).stem().string() == name) {
            return makeRecordedProbe(std::string(file.contents), "demo computer " + name);
        }
    }
    return nullptr;
}

std::unique_ptr<MachineProbe> makeRecordedProbe(const std::string& json, std::string origin)
{
    return std::make_unique<RecordedProbe>(json, std::move(origin));
}

} // namespace offramp::platform
