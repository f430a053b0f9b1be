// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_SCANNINGREMOVALMACHINE_H
#define OFFRAMP_PLATFORM_SCANNINGREMOVALMACHINE_H

#include "engine/Catalog.h"
#include "engine/MachineProbe.h"
#include "engine/RemovalRunner.h"
#include "platform/RemovalMachineFactory.h"
#include "platform/common/ProcessRunner.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace offramp::platform {

// What every removal machine shares: it scans with its own probe and the catalog, and keeps the findings of
// the last scan, which the runner makes just before each step.
class ScanningRemovalMachine : public RemovalMachine
{
public:
    using ProbeMaker = std::function<std::unique_ptr<MachineProbe>()>;

    ScanningRemovalMachine(const Catalog& catalog, Platform platform, ProbeMaker makeProbe, RemovalOptions options);

    Platform platform() const override { return m_platform; }
    std::vector<Finding> detect() override;
    std::chrono::milliseconds stepTimeout() const override { return m_options.timeout; }
    ProcessCheck checkProcess(const StepProcess& process) override;
    ProcessCheck waitForProcess(const StepProcess& process, std::chrono::milliseconds limit,
                                const Waited& waited) override;
    std::vector<std::string> outputFiles(const std::string& target) const override;
    std::vector<std::string> discardOutputFiles(const std::string& target) override;

protected:
    const Catalog& catalog() const { return m_catalog; }
    const RemovalOptions& options() const { return m_options; }
    const std::vector<Finding>& lastFindings() const { return m_lastFindings; }
    // For a ProcessRequest's onStarted: records the process in the journal as soon as it runs.
    std::function<void(const StepProcess&)> recordProcess() const
    {
        return [this](const StepProcess& process) { processStarted(process); };
    }
    // A new file for the output of the program a step runs, named after the options' outputLogs, the step's target
    // and the first free number; empty when the options name none (the output then goes through pipes).
    std::filesystem::path newOutputFile(const RemovalStep& step) const;

private:
    // "<outputLogs>.<target's last part>." to which a run's number and ".log" are added; empty when there is none.
    std::filesystem::path outputFileStem(const std::string& target) const;
    std::vector<std::filesystem::path> existingOutputFiles(const std::string& target) const;

    const Catalog& m_catalog;
    Platform m_platform;
    ProbeMaker m_makeProbe;
    RemovalOptions m_options;
    std::vector<Finding> m_lastFindings;
};

// A removal machine's own sentences for the ways its program can end that every machine reads alike.
struct ProgramEndSentences
{
    std::string notStarted; // it could not be started at all
    std::string timedOut;   // it was stopped at the time-out
    std::string crashed;    // it ended by a signal, with no exit code
    std::string done;       // it ended with exit code 0
};

// A step's result from how its program ended, with `command` and the sentence for that end: NotStarted, TimedOut,
// Crashed, or Done for exit code 0. Nothing for another exit code, which the machine words from what its program
// said.
std::optional<StepResult> resultOfProgramEnd(const ProcessResult& process, const std::string& command,
                                             const ProgramEndSentences& sentences);

// "did not finish within 30 minutes" / "within 45 seconds".
std::string describeTimeout(std::chrono::milliseconds timeout);
// The last non-empty line of a program's error output, for a one-line message.
std::string lastLine(const std::string& text);

} // namespace offramp::platform

#endif
