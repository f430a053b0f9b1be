// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RemovalTask.h"

#include "engine/Catalog.h"
#include "engine/Detector.h"
#include "engine/Finding.h"
#include "engine/RemovalRunner.h"
#include "engine/utils/Error.h"
#include "platform/Elevation.h"
#include "platform/JournalFile.h"
#include "platform/JournalLock.h"
#include "platform/common/ProcessRunner.h"
#include "wizard/ErrorText.h"
#include "wizard/TextHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <thread>

namespace {

// The demo computer in memory: removing a step takes away the facts its uninstaller would remove.
class SimulatedMachine final : public offramp::RemovalMachine
{
public:
    SimulatedMachine(const offramp::Catalog& catalog, const std::vector<offramp::Finding>& findings,
                     offramp::Platform platform, std::chrono::milliseconds pause)
        : m_catalog(catalog)
        , m_platform(platform)
        , m_pause(pause)
    {
        for (const auto& finding : findings) {
            for (const auto& evidence : finding.evidence) {
                m_facts.push_back(evidence.fact);
            }
        }
    }

    offramp::Platform platform() const override { return m_platform; }

    std::vector<offramp::Finding> detect() override
    {
        offramp::MachineFacts machine;
        machine.platform = m_platform;
        machine.facts = m_facts;
        return offramp::detect(m_catalog, machine);
    }

    offramp::StepResult run(const offramp::RemovalStep& step) override
    {
        std::this_thread::sleep_for(m_pause);
        const auto findings = detect();
        for (const auto& finding : findings) {
            if (finding.product != step.product) {
                continue;
            }
            for (const auto& evidence : finding.evidence) {
                // A package goes by itself; an uninstaller or script takes its product's traces with it.
                const bool gone =
                    step.action == offramp::StepAction::RemovePackage ? evidence.fact.name == step.target : true;
                if (gone) {
                    std::erase_if(m_facts, [&](const offramp::Fact& fact) {
                        return fact.kind == evidence.fact.kind && fact.name == evidence.fact.name &&
                               fact.where == evidence.fact.where;
                    });
                }
            }
        }
        offramp::StepResult result;
        result.state = step.restart == offramp::RestartNeed::Required ? offramp::StepState::RestartNeeded
                                                                      : offramp::StepState::Done;
        result.exitCode = result.state == offramp::StepState::RestartNeeded ? 3010 : 0;
        result.message = "simulated";
        return result;
    }

private:
    const offramp::Catalog& m_catalog;
    offramp::Platform m_platform;
    std::chrono::milliseconds m_pause;
    std::vector<offramp::Fact> m_facts;
};

class PromiseStore final : public offramp::JournalStore
{
public:
    explicit PromiseStore(QPromise<QString>& promise)
        : m_promise(promise)
    {}
    void save(const offramp::Journal& journal) override
    {
        m_promise.addResult(QString::fromStdString(offramp::journalToText(journal)));
    }

private:
    QPromise<QString>& m_promise;
};

// offramp-cli's exit code for a removal that failed or did not start (ExitFailed in app/cli/CliError.h, docs/CLI.md).
constexpr int kRemovalFailedExitCode = 4;

// The files beside the journal where offramp-cli keeps one it cannot read (JournalFile::keepAside:
// "journal.json.damaged", "journal.json.damaged-2", ...).
QStringList keptAsideFiles(const QString& journalPath)
{
    const QFileInfo journal(journalPath);
    const QDir folder = journal.dir();
    QStringList files;
    for (const QString& name : folder.entryList({journal.fileName() + QStringLiteral(".damaged*")},
                                                QDir::Files | QDir::Hidden | QDir::System)) {
        files << folder.filePath(name);
    }
    return files;
}

// Why offramp-cli ended without a journal this wizard can read, from its exit code (docs/CLI.md), in the person's
// language; what it wrote on its error output goes into the details.
QString cliStoppedEarly(int exitCode)
{
    switch (exitCode) {
    case 2: // ExitUsage
        return QCoreApplication::translate("RemovalTask",
                                           "Offramp started its removal program the wrong way, so nothing was removed. "
                                           "This is a fault in Offramp: please report it, with the details below.");
    case 3: // ExitBadInput
        return QCoreApplication::translate(
            "RemovalTask",
            "The removal program could not read what it needs on this computer (a damaged database or file, or a "
            "folder that is missing), so nothing was removed. The details below say which; once that is mended, "
            "press Remove now again.");
    case kRemovalFailedExitCode:
        return QCoreApplication::translate("RemovalTask",
                                           "The removal program stopped before it began, so nothing was removed. Press "
                                           "Remove now to try again; if it stops again, show the details below to "
                                           "someone who can help.");
    default:
        break;
    }
    return QCoreApplication::translate("RemovalTask",
                                       "The removal program stopped unexpectedly (exit code %1) before it wrote down "
                                       "what it did. Press Remove now to try again; if it stops again, show the "
                                       "details below to someone who can help.")
        .arg(exitCode);
}

// Whether another removal holds the journal now: another Offramp window, or offramp-cli in a terminal.
bool journalBusy(const QString& journalPath)
{
    return offramp::platform::journalLockHeld(toPath(journalPath));
}

} // namespace

void runSimulatedRemoval(QPromise<QString>& promise, std::shared_ptr<const offramp::Catalog> catalog,
                         std::vector<offramp::Finding> findings, offramp::Platform platform,
                         std::chrono::milliseconds pause)
{
    SimulatedMachine machine(*catalog, findings, platform, pause);
    PromiseStore store(promise);
    offramp::RemovalRunner(machine, store).start("the demo computer");
}

RemovalOutcome runRemovalProcess(const RemovalLaunch& launch, const QString& journalPath)
{
    RemovalOutcome outcome;
    // Asked first, so that nobody is asked for a password for nothing.
    if (journalBusy(journalPath)) {
        outcome.busy = true;
        return outcome;
    }
    const QStringList asideBefore = keptAsideFiles(journalPath);
    int exitCode = -1;
    std::string errorOutput;
    std::vector<std::string> arguments;
    for (const auto& argument : launch.arguments) {
        arguments.push_back(argument.toStdString());
    }
    if (launch.elevate) {
        const auto result =
            offramp::platform::runElevated({launch.program.toStdString(), arguments, launch.input.toStdString()});
        outcome.cancelled = result.cancelled;
        exitCode = result.exitCode;
        errorOutput = result.errorOutput;
        if (!result.started && !result.cancelled) {
            outcome.error = QCoreApplication::translate(
                "RemovalTask", "The removal program could not be started with administrator rights, so nothing was "
                               "removed. Press Remove now to try again; the details below say what the system "
                               "answered.");
            outcome.details = technicianDetails(QString::fromStdString(result.failure));
        } else if (result.started && !result.failure.empty()) {
            // Started, but it did not end as it should (killed, or still at work after the time-out).
            outcome.details = technicianDetails(QString::fromStdString(result.failure));
        }
    } else {
        offramp::platform::ProcessRequest request;
        request.program = launch.program.toStdString();
        request.arguments = arguments;
        request.timeout = offramp::platform::kElevatedTimeout;
        request.input = launch.input.toStdString();
        const auto result = offramp::platform::runProcess(request);
        exitCode = result.exitCode;
        errorOutput = result.errorOutput;
        if (!result.started) {
            outcome.error = QCoreApplication::translate(
                "RemovalTask", "The removal program could not be started, so nothing was removed. Press Remove now "
                               "to try again; the details below say what the system answered.");
            outcome.details = technicianDetails(QString::fromStdString(result.failure));
        }
    }
    // offramp-cli stops with exit code 4, having done nothing, when another removal took the journal meanwhile
    // (while the password was asked for): the journal is then that removal's, not this one's.
    if (outcome.error.isEmpty() && !outcome.cancelled && exitCode == kRemovalFailedExitCode &&
        journalBusy(journalPath)) {
        outcome.busy = true;
        return outcome;
    }
    for (const QString& file : keptAsideFiles(journalPath)) {
        if (!asideBefore.contains(file)) {
            outcome.keptAside = QDir::toNativeSeparators(file);
        }
    }
    if (outcome.error.isEmpty() && !outcome.cancelled) {
        try {
            outcome.journalText = QString::fromStdString(
                offramp::journalToText(offramp::platform::JournalFile(toPath(journalPath)).load()));
        } catch (const std::exception& error) {
            const QString said = QString::fromStdString(errorOutput).trimmed();
            const bool journalMissing = [&] {
                const auto* journalError = dynamic_cast<const offramp::Error*>(&error);
                return journalError != nullptr && journalError->kind() == offramp::ErrorKind::NotFound;
            }();
            if (exitCode >= 0 && (journalMissing || !said.isEmpty())) {
                // offramp-cli stopped before it wrote a journal: what it said is the reason, not the missing journal.
                outcome.error = cliStoppedEarly(exitCode);
                outcome.details =
                    said.isEmpty() ? technicianDetails(QString::fromUtf8(error.what())) : technicianDetails(said);
            } else {
                const ErrorText text = describeError(error);
                outcome.error =
                    QCoreApplication::translate("RemovalTask", "The removal could not start: %1").arg(text.sentence);
                outcome.details = text.details;
            }
        }
    }
    return outcome;
}
