// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/macos/ScriptRemovalMachine.h"

#include "platform/common/ProcessRunner.h"
#include "platform/common/ScriptCheck.h"
#include "platform/macos/MacProbe.h"

namespace offramp::platform {

ScriptRemovalMachine::ScriptRemovalMachine(const Catalog& catalog, const RemovalOptions& options)
    : ScanningRemovalMachine(
          catalog, Platform::MacOS, [root = options.root.value_or("/")] { return std::make_unique<MacProbe>(root); },
          options)
{}

StepResult ScriptRemovalMachine::run(const RemovalStep& step)
{
    StepResult result;
    if (step.action != StepAction::RunUninstallScript || step.target.empty() || step.target.front() != '/') {
        result.problem = StepProblem::Refused;
        result.message = "a Mac product is removed with its vendor's uninstall script only";
        return result;
    }
    const std::string path =
        options().root ? (options().root->lexically_normal() / step.target.substr(1)).string() : step.target;
    const Result<void> checked = checkScript(path, options().root);
    if (!checked && checked.error().kind() == ErrorKind::NotFound) {
        result.state = StepState::AlreadyGone;
        result.message = "its uninstall script " + step.target + " is not there: nothing to run";
        return result;
    }
    if (!checked) {
        result.problem = StepProblem::Refused;
        result.message = "refused to run " + step.target + ": " + checked.error().what() + ". Remove " +
                         step.product->name.text() + " with Kaspersky's own uninstaller app instead.";
        return result;
    }
    ProcessRequest request;
    request.program = path;
    request.timeout = options().timeout;
    request.onStarted = recordProcess();
    // Not a pipe: the script outlives a killed Offramp, and its next line into a pipe nobody reads would end it.
    request.outputFile = newOutputFile(step);
    const ProcessResult process = runProcess(request);
    processEnded();
    ProgramEndSentences sentences;
    sentences.notStarted = "the uninstall script could not be started: " + process.failure;
    sentences.timedOut = "the uninstall script did not finish " + describeTimeout(options().timeout) +
                         " and was stopped. Nothing else was changed; run offramp-cli resume to try again.";
    sentences.crashed = "the uninstall script ended abruptly (" + describeSignal(process.signal) +
                        ") before it finished, so " + step.product->name.text() +
                        " may be partly removed. Nothing else was changed; run offramp-cli resume, which checks "
                        "what is left and runs the script again.";
    sentences.done = "Kaspersky's uninstall script finished";
    if (auto ended = resultOfProgramEnd(process, path, sentences)) {
        return std::move(*ended);
    }
    result.command = path;
    result.exitCode = process.exitCode;
    const std::string detail = lastLine(process.errorOutput.empty() ? process.output : process.errorOutput);
    result.problem = StepProblem::ExitCode;
    result.message = "the uninstall script failed (exit code " + std::to_string(process.exitCode) +
                     (detail.empty() ? ")" : "): " + detail);
    return result;
}

} // namespace offramp::platform
