// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemovalTask.h"

#include "Catalog.h"
#include "Detector.h"
#include "Elevation.h"
#include "Finding.h"
#include "JournalFile.h"
#include "JournalLock.h"
#include "RemovalRunner.h"
#include "TextHelpers.h"
#include "common/ProcessRunner.h"

#include <QCoreApplication>

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
    int exitCode = -1;
    std::vector<std::string> arguments;
    for (const auto& argument : launch.arguments) {
        arguments.push_back(argument.toStdString());
    }
    if (launch.elevate) {
        const auto result =
            offramp::platform::runElevated({launch.program.toStdString(), arguments, launch.input.toStdString()});
        outcome.cancelled = result.cancelled;
        exitCode = result.exitCode;
        if (!result.started && !result.cancelled) {
            outcome.error = QString::fromStdString(result.failure);
        }
    } else {
        offramp::platform::ProcessRequest request;
        request.program = launch.program.toStdString();
        request.arguments = arguments;
        request.timeout = offramp::platform::kElevatedTimeout;
        request.input = launch.input.toStdString();
        const auto result = offramp::platform::runProcess(request);
        exitCode = result.exitCode;
        if (!result.started) {
            outcome.error = QString::fromStdString(result.failure);
        }
    }
    // offramp-cli stops with exit code 4, having done nothing, when another removal took the journal meanwhile
    // (while the password was asked for): the journal is then that removal's, not this one's.
    if (outcome.error.isEmpty() && !outcome.cancelled && exitCode == kRemovalFailedExitCode &&
        journalBusy(journalPath)) {
        outcome.busy = true;
        return outcome;
    }
    if (outcome.error.isEmpty() && !outcome.cancelled) {
        try {
            outcome.journalText = QString::fromStdString(
                offramp::journalToText(offramp::platform::JournalFile(toPath(journalPath)).load()));
        } catch (const std::exception& error) {
            outcome.error = QString::fromUtf8(error.what());
        }
    }
    return outcome;
}
