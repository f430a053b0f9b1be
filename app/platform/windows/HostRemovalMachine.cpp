// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/HostRemovalMachine.h"

#include "engine/UninstallCommand.h"
#include "platform/common/ScanningRemovalMachine.h"
#include "platform/windows/AdminFolder.h"
#include "platform/windows/WindowsProbe.h"
#include "platform/windows/WindowsUninstaller.h"

namespace offramp::platform {

namespace {

StepState stepStateOf(windows::RemovalStatus status)
{
    switch (status) {
    case windows::RemovalStatus::Removed:
        return StepState::Done;
    case windows::RemovalStatus::RebootRequired:
        return StepState::RestartNeeded;
    case windows::RemovalStatus::AlreadyGone:
        return StepState::AlreadyGone;
    default:
        return StepState::Failed;
    }
}

// Why a step that did not remove its product failed, in the terms every platform uses.
StepProblem problemOf(const windows::WindowsRemovalResult& outcome)
{
    switch (outcome.status) {
    case windows::RemovalStatus::Refused:
        return StepProblem::Refused;
    case windows::RemovalStatus::RetryLater:
        return StepProblem::Busy;
    case windows::RemovalStatus::Failed:
        if (outcome.timedOut) {
            return StepProblem::TimedOut;
        }
        if (!outcome.ran) {
            return StepProblem::NotStarted;
        }
        if (outcome.crashed) {
            return StepProblem::Crashed;
        }
        // An uninstaller that reported success while its entry stays has not removed the product.
        return classifyUninstallExit(outcome.exitCode) == UninstallOutcome::Failed ? StepProblem::ExitCode
                                                                                   : StepProblem::StillThere;
    default:
        return StepProblem::None;
    }
}

// Runs each step through the Windows executor, which re-reads the uninstall entry the step names.
class WindowsRemovalMachine final : public ScanningRemovalMachine
{
public:
    WindowsRemovalMachine(const Catalog& catalog, const RemovalOptions& options)
        : ScanningRemovalMachine(
              catalog, Platform::Windows, [] { return std::make_unique<windows::WindowsProbe>(); }, options)
    {}

    StepResult run(const RemovalStep& step) override
    {
        // The journal's folder was given back to administrators before this step: the journal says so.
        for (const auto& note : windows::takeAdminFolderNotes()) {
            notice(note);
        }
        StepResult result;
        for (const auto& finding : lastFindings()) {
            if (finding.product != step.product) {
                continue;
            }
            for (const auto& evidence : finding.evidence) {
                if (evidence.kind != FactKind::UninstallEntry || evidence.where != step.target) {
                    continue;
                }
                windows::WindowsRemovalOptions removal;
                removal.credentials = options().credentials;
                removal.extraAllowedPrograms = options().extraAllowedPrograms;
                removal.timeout = options().timeout;
                removal.retryWait = options().retryWait;
                removal.onRetry = [this](const std::string& what) { notice(what); };
                removal.newOutputFile = [this, &step] { return newOutputFile(step); };
                removal.onProcess = [this](const std::optional<StepProcess>& process) {
                    if (process) {
                        processStarted(*process);
                    } else {
                        processEnded();
                    }
                };
                const auto outcome = windows::removeWindowsEntry(catalog(), finding, evidence, removal);
                result.state = stepStateOf(outcome.status);
                if (outcome.ran && !outcome.timedOut) {
                    result.exitCode = outcome.exitCode;
                }
                result.timedOut = outcome.timedOut;
                result.command = outcome.command;
                result.message = outcome.message;
                result.problem = problemOf(outcome);
                if (outcome.status == windows::RemovalStatus::Refused && !outcome.message.starts_with("refused")) {
                    // Nothing ran: the journal says so in the same words for every refusal.
                    result.message = "refused: " + outcome.message;
                }
                if (outcome.status == windows::RemovalStatus::RetryLater) {
                    // Windows Installer runs one installation at a time; nothing was removed.
                    result.message += ". Nothing was removed: Windows Installer was still busy with another "
                                      "installation or update. Wait until it has finished (or restart the "
                                      "computer), then run offramp-cli resume";
                }
                // The notes say what was not done (e.g. a password that could not be passed on).
                for (const auto& note : outcome.notes) {
                    result.message += ". " + note;
                }
                return result;
            }
        }
        result.state = StepState::AlreadyGone;
        result.message = "its uninstall entry is no longer there";
        return result;
    }
};

} // namespace

std::unique_ptr<RemovalMachine> makeWindowsRemovalMachine(const Catalog& catalog, const RemovalOptions& options)
{
    return std::make_unique<WindowsRemovalMachine>(catalog, options);
}

} // namespace offramp::platform
