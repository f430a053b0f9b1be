// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/ScanningRemovalMachine.h"

#include "engine/Detector.h"
#include "engine/Watchlist.h"
#include "platform/common/ProcessRunner.h"
#include "platform/common/Utf8Path.h"

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

namespace {

std::filesystem::path numbered(const std::filesystem::path& stem, int number)
{
    std::filesystem::path file = stem;
    file += std::to_string(number) + ".log";
    return file;
}

bool taken(const std::filesystem::path& file)
{
    std::error_code error;
    return std::filesystem::exists(std::filesystem::symlink_status(file, error));
}

// A run's number never goes beyond this: a folder full of earlier files does not make a removal loop for long.
constexpr int kLastOutputFile = 10000;

} // namespace

std::filesystem::path ScanningRemovalMachine::outputFileStem(const std::string& target) const
{
    if (m_options.outputLogs.empty()) {
        return {};
    }
    // The target's last part (a package name, a script's file name) in letters a file name can always hold, so
    // that a target from an edited journal can name no file elsewhere.
    const auto slash = target.find_last_of("/\\");
    std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
    name = name.substr(0, 64);
    for (char& c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
                           c == '-' || c == '_';
        c = plain ? c : '_';
    }
    std::filesystem::path stem = m_options.outputLogs;
    stem += "." + name + ".";
    return stem;
}

std::filesystem::path ScanningRemovalMachine::newOutputFile(const RemovalStep& step) const
{
    const std::filesystem::path stem = outputFileStem(step.target);
    if (stem.empty()) {
        return {};
    }
    // Earlier runs' files stay as they are: each run gets a new one.
    int number = 1;
    while (taken(numbered(stem, number)) && number < kLastOutputFile) {
        ++number;
    }
    return numbered(stem, number);
}

std::vector<std::filesystem::path> ScanningRemovalMachine::existingOutputFiles(const std::string& target) const
{
    std::vector<std::filesystem::path> files;
    const std::filesystem::path stem = outputFileStem(target);
    if (stem.empty()) {
        return files;
    }
    // Numbered from 1 without a gap: the runs of one removal, and those of an earlier one whose step did not finish.
    for (int number = 1; number <= kLastOutputFile; ++number) {
        const std::filesystem::path file = numbered(stem, number);
        std::error_code error;
        const auto status = std::filesystem::symlink_status(file, error);
        if (!std::filesystem::exists(status)) {
            break;
        }
        // Offramp made each one a new regular file; anything else of that name it leaves alone.
        if (std::filesystem::is_regular_file(status)) {
            files.push_back(file);
        }
    }
    return files;
}

std::vector<std::string> ScanningRemovalMachine::outputFiles(const std::string& target) const
{
    std::vector<std::string> names;
    for (const auto& file : existingOutputFiles(target)) {
        names.push_back(utf8Text(file));
    }
    return names;
}

std::vector<std::string> ScanningRemovalMachine::discardOutputFiles(const std::string& target)
{
    std::vector<std::string> kept;
    for (const auto& file : existingOutputFiles(target)) {
        std::error_code error;
        if (!std::filesystem::remove(file, error) && error) {
            kept.push_back(utf8Text(file));
        }
    }
    return kept;
}

std::optional<StepResult> resultOfProgramEnd(const ProcessResult& process, const std::string& command,
                                             const ProgramEndSentences& sentences)
{
    StepResult result;
    result.command = command;
    if (!process.started) {
        result.problem = StepProblem::NotStarted;
        result.message = sentences.notStarted;
    } else if (process.timedOut) {
        result.timedOut = true;
        result.problem = StepProblem::TimedOut;
        result.message = sentences.timedOut;
    } else if (process.signal != 0) {
        result.problem = StepProblem::Crashed;
        result.message = sentences.crashed;
    } else if (process.exitCode == 0) {
        result.exitCode = 0;
        result.state = StepState::Done;
        result.message = sentences.done;
    } else {
        return std::nullopt;
    }
    return result;
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
