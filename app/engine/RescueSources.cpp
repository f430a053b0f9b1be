// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RescueSources.h"

#include "engine/utils/WindowsPath.h"

#include <algorithm>
#include <set>

namespace offramp {

namespace {

std::vector<std::string_view> components(std::string_view path, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find(separator, start);
        if (end == std::string_view::npos) {
            end = path.size();
        }
        parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// Rescue paths name the system drive: the machine path drops "C:", so another drive could not be told apart.
bool startsWithSystemDrive(std::string_view path)
{
    return utils::driveLetterOf(path, utils::DriveSeparator::Backslash) == 'C';
}

void addLocations(const Product& product, Platform platform, std::set<std::string, std::less<>>& seen,
                  std::vector<RescueLocation>& locations)
{
    for (const auto& component : product.components) {
        for (const auto& data : component.dataAtRisk) {
            const auto paths = data.rescuePaths.find(platform);
            if (paths == data.rescuePaths.end()) {
                continue;
            }
            for (const auto& pattern : paths->second) {
                auto machine = rescueMachinePath(platform, pattern);
                if (seen.insert(machine).second) {
                    locations.push_back({&product, &component, &data, pattern, std::move(machine)});
                }
            }
        }
    }
}

} // namespace

Result<void> checkRescuePath(Platform platform, std::string_view path)
{
    const bool windows = platform == Platform::Windows;
    const auto refused = [&](const std::string& why) { return Error(ErrorKind::InvalidInput, why, std::string(path)); };
    const std::string quoted = "\"" + std::string(path) + "\"";
    if (windows ? !startsWithSystemDrive(path) : !path.starts_with('/')) {
        return refused(quoted + " should start with " + (windows ? "C:\\ (the system drive)" : "/"));
    }
    if (std::ranges::any_of(path, [](char c) { return static_cast<unsigned char>(c) < 0x20U; })) {
        return refused("a path must not hold control characters");
    }
    if (windows && path.find('/') != std::string_view::npos) {
        return refused(quoted + " mixes / into a Windows path; separate with \\");
    }
    const auto parts = components(path.substr(windows ? 3 : 1), windows ? '\\' : '/');
    for (const auto part : parts) {
        if (part.empty() || part == "." || part == "..") {
            return refused(quoted + " has an empty, \".\" or \"..\" component");
        }
        if (part.find("**") != std::string_view::npos) {
            return refused(quoted +
                           " uses **; '*' matches within one component, and a folder is copied with all it holds");
        }
    }
    if (parts.size() < 2 || parts.front().find_first_of("*?") != std::string_view::npos) {
        return refused(quoted + " is too broad: it needs a named top folder and at least two components");
    }
    return {};
}

std::string rescueMachinePath(Platform platform, std::string_view path)
{
    if (platform != Platform::Windows) {
        return std::string(path);
    }
    std::string machine(path.substr(2)); // drop "C:"
    std::ranges::replace(machine, '\\', '/');
    return machine;
}

std::string machinePathForDisplay(Platform platform, std::string_view machinePath)
{
    if (platform != Platform::Windows) {
        return std::string(machinePath);
    }
    std::string shown = "C:" + std::string(machinePath);
    std::ranges::replace(shown, '/', '\\');
    return shown;
}

std::vector<RescueLocation> rescueLocations(const Catalog& catalog, Platform platform,
                                            const std::vector<Finding>& findings)
{
    std::vector<RescueLocation> locations;
    std::set<std::string, std::less<>> seen;
    for (const auto& finding : findings) {
        if (finding.product != nullptr) {
            addLocations(*finding.product, platform, seen, locations);
        }
    }
    for (const auto& product : catalog.products) {
        addLocations(product, platform, seen, locations);
    }
    return locations;
}

std::vector<ManualRescue> manualRescues(const std::vector<Finding>& findings, Platform platform)
{
    std::vector<ManualRescue> manual;
    std::set<std::pair<const Product*, const DataAtRisk*>> seen;
    for (const auto& finding : findings) {
        if (finding.product == nullptr) {
            continue;
        }
        for (const auto& component : finding.product->components) {
            for (const auto& data : component.dataAtRisk) {
                if (data.appliesTo(platform) && !data.rescuePaths.contains(platform) &&
                    seen.emplace(finding.product, &data).second) {
                    manual.push_back({finding.product, &data});
                }
            }
        }
    }
    return manual;
}

} // namespace offramp
