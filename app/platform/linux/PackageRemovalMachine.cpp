// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/PackageRemovalMachine.h"

#include "platform/Elevation.h"
#include "platform/ProbeFactory.h"
#include "platform/common/ProcessRunner.h"
#include "platform/linux/LinuxProbe.h"

namespace offramp::platform {

namespace {

std::string joinCommand(const std::string& tool, const std::vector<std::string>& arguments)
{
    std::string text = tool;
    for (const auto& argument : arguments) {
        text += ' ' + argument;
    }
    return text;
}

bool mentions(const std::string& text, std::string_view word)
{
    return text.find(word) != std::string::npos;
}

} // namespace

PackageRemovalMachine::PackageRemovalMachine(const Catalog& catalog, const RemovalOptions& options)
    : ScanningRemovalMachine(
          catalog, Platform::Linux, [root = options.root.value_or("/")] { return std::make_unique<LinuxProbe>(root); },
          options)
{}

StepResult PackageRemovalMachine::run(const RemovalStep& step)
{
    if (step.action != StepAction::RemovePackage) {
        StepResult result;
        result.problem = StepProblem::Refused;
        result.message = "a Linux product is removed through its packages, not with \"" +
                         std::string(stepActionId(step.action)) + "\"";
        return result;
    }
    return mentions(step.where, "rpm") ? runRpm(step) : runDpkg(step);
}

StepResult PackageRemovalMachine::runDpkg(const RemovalStep& step) const
{
    std::vector<std::string> arguments;
    if (options().root) {
        // A tree, not this computer: dpkg works on its database and runs the package's scripts without a chroot.
        arguments.push_back("--root=" + options().root->string());
        // The tree's own log, not this computer's /var/log/dpkg.log.
        arguments.push_back("--log=" + (*options().root / "var/log/dpkg.log").string());
        arguments.emplace_back("--force-script-chrootless");
        if (!runningElevated()) {
            arguments.emplace_back("--force-not-root");
        }
    }
    // Purge: the package's own configuration goes too, as dpkg's maintainer scripts decide; user data is not
    // the package's and is not touched.
    arguments.emplace_back("--purge");
    arguments.push_back(step.target);
    return runPackageManager("dpkg", std::move(arguments), step);
}

StepResult PackageRemovalMachine::runRpm(const RemovalStep& step) const
{
    std::vector<std::string> arguments;
    if (options().root) {
        arguments.push_back("--root=" + options().root->string());
    }
    // The database where the scan found the package: rpm's own default differs between systems.
    if (!step.where.empty() && step.where.front() == '/') {
        arguments.push_back("--dbpath=" + step.where);
    }
    arguments.emplace_back("--erase");
    arguments.push_back(step.target);
    return runPackageManager("rpm", std::move(arguments), step);
}

StepResult PackageRemovalMachine::runPackageManager(const std::string& tool, std::vector<std::string> arguments,
                                                    const RemovalStep& step) const
{
    ProcessRequest request;
    request.program = tool;
    request.arguments = std::move(arguments);
    // Nothing may wait for an answer nobody can give: debconf takes its defaults.
    request.extraEnvironment = {{"DEBIAN_FRONTEND", "noninteractive"}, {"LC_ALL", "C"}};
    request.timeout = options().timeout;
    request.onStarted = recordProcess();
    // Not a pipe: dpkg outlives a killed Offramp, and its next line into a pipe nobody reads would end it half-done.
    request.outputFile = newOutputFile(step);
    const ProcessResult process = runProcess(request);
    processEnded();

    const std::string command = joinCommand(tool, request.arguments);
    ProgramEndSentences sentences;
    sentences.notStarted = tool + " could not be started (" + process.failure + "), so " + step.target +
                           " was not removed. Is this a " +
                           (tool == "rpm" ? "Fedora, RHEL or SUSE" : "Debian or Ubuntu") + " system?";
    sentences.timedOut = tool + " did not finish removing " + step.target + " " + describeTimeout(options().timeout) +
                         " and was stopped: the package's own removal script seems to hang. Nothing else was "
                         "changed; find out what it waits for, then run offramp-cli resume to finish.";
    // No exit code to report: the package manager itself crashed or was killed, maybe half-way.
    sentences.crashed = tool + " ended abruptly (" + describeSignal(process.signal) + ") while removing " +
                        step.target +
                        ", so the package may be left half-removed. Nothing else was changed; run "
                        "offramp-cli resume, which checks the package and removes it again.";
    sentences.done = "removed " + step.target + " with " + tool;
    if (auto ended = resultOfProgramEnd(process, command, sentences)) {
        return std::move(*ended);
    }
    StepResult result;
    result.command = command;
    result.exitCode = process.exitCode;
    // What it said about the failure: its error output, or all its output where both went to one file.
    const std::string& said = process.errorOutput.empty() ? process.output : process.errorOutput;
    // dpkg's own "error processing" line says more than the last line, which often only names the package.
    std::string detail;
    const auto errorAt = said.find(tool + ": error");
    if (errorAt != std::string::npos) {
        const auto end = said.find('\n', errorAt);
        detail = said.substr(errorAt, end == std::string::npos ? std::string::npos : end - errorAt);
    } else {
        detail = lastLine(said);
    }
    result.message = tool + " could not remove " + step.target + " (exit code " + std::to_string(process.exitCode) +
                     (detail.empty() ? ")" : "): " + detail);
    result.problem = StepProblem::ExitCode;
    if (mentions(said, "lock")) {
        result.problem = StepProblem::Busy;
        result.message += ". Another package manager is running: wait for it to finish, then run offramp-cli resume.";
    } else if (mentions(said, "superuser") || mentions(said, "ermission denied")) {
        result.message += ". Removing software needs administrator rights: run it with sudo.";
    } else if (mentions(said, "depends on")) {
        result.message += ". Other software depends on it; Offramp does not remove software it did not find.";
    }
    return result;
}

} // namespace offramp::platform
