// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanningRemovalMachine.h"

#include "Detector.h"
#include "Watchlist.h"
#include "common/ProcessRunner.h"

namespace offramp::platform {

ScanningRemovalMachine::ScanningRemovalMachine(const Catalog& catalog, Platform platform, ProbeMaker makeProbe,
                                               RemovalOptions options)
    : m_catalog(catalog)
    , m_platform(platform)
    , m_makeProbe(std::move(makeProbe))
    , m_options(std::move(options))
{}

std::vector<Finding> ScanningRemovalMachine::detect()
{
    const auto probe = m_makeProbe();
    m_lastFindings = offramp::detect(m_catalog, probe->probe(Watchlist(m_catalog, m_platform)));
    return m_lastFindings;
}

ProcessCheck ScanningRemovalMachine::checkProcess(const StepProcess& process)
{
    return platform::checkProcess(process);
}

ProcessCheck ScanningRemovalMachine::waitForProcess(const StepProcess& process, std::chrono::milliseconds limit,
                                                    const Waited& waited)
{
    return platform::waitForProcess(process, limit, waited);
}

std::filesystem::path ScanningRemovalMachine::newOutputFile(const RemovalStep& step) const
{
    if (m_options.outputLogs.empty()) {
        return {};
    }
    // The target's last part (a package name, a script's file name) in letters a file name can always hold.
    const auto slash = step.target.find_last_of("/\\");
    std::string name = slash == std::string::npos ? step.target : step.target.substr(slash + 1);
    name = name.substr(0, 64);
    for (char& c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
                           c == '-' || c == '_';
        c = plain ? c : '_';
    }
    std::filesystem::path base = m_options.outputLogs;
    base += "." + name + ".";
    // Earlier runs' files stay as they are: each run gets a new one.
    for (int number = 1;; ++number) {
        std::filesystem::path candidate = base;
        candidate += std::to_string(number) + ".log";
        std::error_code error;
        if (!std::filesystem::exists(std::filesystem::symlink_status(candidate, error)) || number >= 10000) {
            return candidate;
        }
    }
}

std::string describeTimeout(std::chrono::milliseconds timeout)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(timeout).count();
    if (seconds % 60 == 0 && seconds >= 60) {
        const auto minutes = seconds / 60;
        return "within " + std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
    }
    return "within " + std::to_string(seconds) + (seconds == 1 ? " second" : " seconds");
}

std::string lastLine(const std::string& text)
{
    std::size_t end = text.find_last_not_of(" \t\r\n");
    if (end == std::string::npos) {
        return {};
    }
    const std::size_t start = text.find_last_of('\n', end);
    return text.substr(start == std::string::npos ? 0 : start + 1,
                       end - (start == std::string::npos ? 0 : start + 1) + 1);
}

} // namespace offramp::platform
