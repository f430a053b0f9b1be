// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/HostRemovalMachine.h"

#include "common/ScanningRemovalMachine.h"
#include "windows/WindowsProbe.h"
#include "windows/WindowsUninstaller.h"

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
                const auto outcome = windows::removeWindowsEntry(catalog(), finding, evidence, removal);
                result.state = stepStateOf(outcome.status);
                if (outcome.ran && !outcome.timedOut) {
                    result.exitCode = outcome.exitCode;
                }
                result.timedOut = outcome.timedOut;
                result.command = outcome.command;
                result.message = outcome.message;
                if (outcome.status == windows::RemovalStatus::Refused && !outcome.message.starts_with("refused")) {
                    // Nothing ran: the journal says so in the same words for every refusal.
                    result.message = "refused: " + outcome.message;
                }
                if (outcome.status == windows::RemovalStatus::RetryLater) {
                    result.message += ": another installation is still running; wait for it, then run "
                                      "offramp-cli resume";
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
