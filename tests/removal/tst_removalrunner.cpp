// SPDX-License-Identifier: GPL-3.0-or-later
// The removal runner on a machine in memory: every journal state, a failing step, a restart, a step that
// hangs, and a crash between any two journal writes (and in the middle of a step) that a resume finishes
// with the same end state as an uninterrupted run.
#include "RemovalFixtures.h"
#include "TestSupport.h"
#include "engine/Detector.h"
#include "engine/RemovalRunner.h"

#include <QStringList>
#include <QTest>

#include <map>
#include <set>
#include <stdexcept>

using namespace offramp;
using offramp::test::packageFact;
using offramp::test::uninstallEntryFact;

namespace {

// Thrown where a real process would have died.
struct SimulatedCrash : std::runtime_error
{
    SimulatedCrash()
        : std::runtime_error("simulated crash")
    {}
};

// A Linux machine in memory: packages that the runner removes one by one.
class MemoryMachine final : public RemovalMachine
{
public:
    enum class Behaviour
    {
        Remove,
        Fail,
        FailOnce,
        NeedRestart, // removed, but reports that a restart is needed
        Stay,        // reports success but leaves the package
        CrashMidway, // the process dies while the package manager is half-way through
        SaysGone,    // says "not installed" (msiexec's 1605) but leaves it
        GoneForReal, // removed by someone else meanwhile: says "not installed", and it is gone
        BusyTwice,   // tells of two waits for another installation, then removes it
        Locked,      // another package manager, not started by Offramp, holds the lock: fails as busy
    };

    explicit MemoryMachine(std::vector<Fact> facts, Platform platform = Platform::Linux)
        : m_facts(std::move(facts))
        , m_platform(platform)
    {}

    Platform platform() const override { return m_platform; }

    std::vector<Finding> detect() override
    {
        ++detections;
        MachineFacts machine;
        machine.platform = m_platform;
        machine.facts = m_facts;
        return offramp::detect(offramp::test::sourceCatalog(), machine);
    }

    StepResult run(const RemovalStep& step) override
    {
        ran << QString::fromStdString(step.target);
        if (keepOutput) {
            outputs[step.target].push_back(step.target + "." + std::to_string(outputs[step.target].size() + 1) +
                                           ".log");
        }
        StepResult result;
        result.command = "dpkg --purge " + step.target;
        const Behaviour behaviour = m_behaviour.contains(step.target) ? m_behaviour[step.target] : Behaviour::Remove;
        switch (behaviour) {
        case Behaviour::CrashMidway:
            m_behaviour.erase(step.target); // the next run works
            for (auto& fact : m_facts) {
                if (fact.name == step.target) {
                    fact.state = "deinstall reinstreq half-configured";
                }
            }
            throw SimulatedCrash();
        case Behaviour::FailOnce:
            m_behaviour.erase(step.target);
            [[fallthrough]];
        case Behaviour::Fail:
            result.exitCode = 1;
            result.message = "dpkg could not remove " + step.target;
            result.problem = StepProblem::ExitCode;
            return result;
        case Behaviour::Stay:
            result.state = StepState::Done;
            result.exitCode = 0;
            return result;
        case Behaviour::SaysGone:
            result.state = StepState::AlreadyGone;
            result.exitCode = 1605;
            result.message = "exit code 1605: the product is not installed (already gone)";
            return result;
        case Behaviour::GoneForReal:
            remove(step.target);
            result.state = StepState::AlreadyGone;
            result.exitCode = 1605;
            return result;
        case Behaviour::Locked:
            result.exitCode = 2;
            result.message = "dpkg could not remove " + step.target +
                             " (exit code 2): dpkg frontend lock was locked by "
                             "another process";
            result.problem = StepProblem::Busy;
            return result;
        case Behaviour::BusyTwice:
            notice("Another installation is in progress (exit code 1618): waiting 1 second (try 2 of 4).");
            notice("Another installation is in progress (exit code 1618): waiting 1 second (try 3 of 4).");
            break;
        case Behaviour::NeedRestart:
        case Behaviour::Remove:
            break;
        }
        if (reportProcesses) {
            // The package manager's process, in the journal while it runs. A crash while it is recorded leaves it
            // running, with the removal still to do.
            running = StepProcess{nextPid++, 1000, "boot-1", "dpkg"};
            m_runningTarget = step.target;
            processStarted(*running);
            running.reset();
            remove(step.target);
            processEnded();
        } else {
            remove(step.target);
        }
        result.exitCode = 0;
        result.state = behaviour == Behaviour::NeedRestart ? StepState::RestartNeeded : StepState::Done;
        return result;
    }

    std::chrono::milliseconds stepTimeout() const override { return std::chrono::minutes(5); }

    // The system's answer, from what this machine keeps as running: the same process id and start time.
    ProcessCheck checkProcess(const StepProcess& process) override
    {
        ++checks;
        return running && *running == process ? ProcessCheck::Running : ProcessCheck::Ended;
    }

    // Time passes in steps of one second without a real wait; the process ends after `endsAfter` (its
    // removal then done), or never when that is unset.
    ProcessCheck waitForProcess(const StepProcess& process, std::chrono::milliseconds limit,
                                const Waited& waited) override
    {
        ++waits;
        waitLimits << static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(limit).count());
        for (std::chrono::seconds elapsed(0);; ++elapsed) {
            if (checkProcess(process) != ProcessCheck::Running) {
                return ProcessCheck::Ended;
            }
            if (endsAfter && elapsed >= *endsAfter) {
                remove(m_runningTarget);
                running.reset();
                return ProcessCheck::Ended;
            }
            if (elapsed >= limit) {
                return ProcessCheck::Running;
            }
            waited(elapsed);
        }
    }

    std::vector<std::string> outputFiles(const std::string& target) const override
    {
        const auto found = outputs.find(target);
        return found == outputs.end() ? std::vector<std::string>{} : found->second;
    }

    std::vector<std::string> discardOutputFiles(const std::string& target) override
    {
        std::vector<std::string> kept;
        for (const auto& file : outputFiles(target)) {
            (undeletable.contains(file) ? kept : discarded).push_back(file);
        }
        outputs[target] = kept;
        return kept;
    }

    void set(const std::string& package, Behaviour behaviour) { m_behaviour[package] = behaviour; }
    QStringList remaining() const
    {
        QStringList names;
        for (const auto& fact : m_facts) {
            names << QString::fromStdString(fact.name);
        }
        return names;
    }

    QStringList ran;
    int detections = 0;
    // Output files: whether each run of a step writes one ("<target>.<n>.log"), those still there by target, the
    // ones deleted, and those that cannot be.
    bool keepOutput = false;
    std::map<std::string, std::vector<std::string>> outputs;
    std::vector<std::string> discarded;
    std::set<std::string> undeletable;
    // Processes: whether run() reports the package manager it starts, the one the system says still runs, and
    // how long it goes on in a wait.
    bool reportProcesses = false;
    std::optional<StepProcess> running;
    std::optional<std::chrono::seconds> endsAfter;
    long long nextPid = 4711;
    int checks = 0;
    int waits = 0;
    QList<int> waitLimits;

private:
    // A package by its name, an uninstall entry by its key.
    void remove(const std::string& target)
    {
        std::erase_if(m_facts, [&](const Fact& fact) { return fact.name == target || fact.where == target; });
    }

    std::vector<Fact> m_facts;
    std::map<std::string, Behaviour> m_behaviour;
    Platform m_platform;
    std::string m_runningTarget;
};

// Keeps the journal as text, as the file would hold it; can stop the run right after a given write.
class MemoryStore final : public JournalStore
{
public:
    void save(const Journal& journal) override
    {
        text = journalToText(journal);
        ++writes;
        history.push_back(journal);
        if (crashAfter > 0 && writes == crashAfter) {
            throw SimulatedCrash();
        }
    }

    Journal load() const { return journalFromText(text, "journal"); }

    std::string text;
    int writes = 0;
    int crashAfter = 0;
    std::vector<Journal> history;
};

std::vector<Fact> businessLinux()
{
    return {packageFact("klnagent64"), packageFact("kesl"), packageFact("kesl-gui")};
}

// Two Windows products, each with its uninstall entry; Anti-Virus comes first (catalog order).
std::vector<Fact> homeWindows()
{
    return {uninstallEntryFact("Kaspersky Anti-Virus", "{11111111-2222-3333-4444-555555555555}"),
            uninstallEntryFact("Kaspersky Safe Kids", "Kaspersky Safe Kids")};
}

std::string fixedClock()
{
    return "2026-11-23T10:00:00Z";
}

QStringList states(const Journal& journal)
{
    QStringList list;
    for (const auto& step : journal.steps) {
        list << QString::fromStdString(step.target + "=" + std::string(stepStateId(step.state)));
    }
    return list;
}

QStringList events(const Journal& journal)
{
    QStringList list;
    for (const auto& event : journal.events) {
        list << QString::fromStdString(event.what);
    }
    return list;
}

} // namespace

class TestRemovalRunner : public QObject
{
    Q_OBJECT

private slots:
    void removesInOrderAndRecordsEveryStep()
    {
        MemoryMachine machine(businessLinux());
        MemoryStore store;
        RemovalRunner runner(machine, store, fixedClock);
        const Journal journal = runner.start("this Linux computer");
        QCOMPARE(machine.ran, QStringList({"kesl-gui", "kesl", "klnagent64"}));
        QVERIFY(machine.remaining().isEmpty());
        QCOMPARE(journal.status, JournalStatus::Done);
        QCOMPARE(states(journal), QStringList({"kesl-gui=done", "kesl=done", "klnagent64=done"}));
        QVERIFY(journal.leftovers.empty());
        QCOMPARE(journal.machine, std::string("this Linux computer"));
        // Written before and after each step: the first write plans, then two per step, then the check.
        QCOMPARE(store.writes, 1 + 2 * 3 + 1);
        QCOMPARE(states(store.history[1]), QStringList({"kesl-gui=running", "kesl=planned", "klnagent64=planned"}));
        QCOMPARE(states(store.history[2]), QStringList({"kesl-gui=done", "kesl=planned", "klnagent64=planned"}));
        QCOMPARE(store.history[1].status, JournalStatus::Running);
        // The file holds what was returned.
        QCOMPARE(states(store.load()), states(journal));
        QCOMPARE(store.load().steps[0].command, std::string("dpkg --purge kesl-gui"));
        QCOMPARE(store.load().steps[0].attempts, 1);
        QCOMPARE(store.load().steps[0].exitCode, std::optional<int>(0));
    }

    void aFailedStepStopsTheRunAndResumeRetriesIt()
    {
        MemoryMachine machine(businessLinux());
        machine.set("kesl", MemoryMachine::Behaviour::FailOnce);
        MemoryStore store;
        RemovalRunner runner(machine, store, fixedClock);
        Journal journal = runner.start("this Linux computer");
        QCOMPARE(journal.status, JournalStatus::Failed);
        QCOMPARE(states(journal), QStringList({"kesl-gui=done", "kesl=failed", "klnagent64=planned"}));
        QCOMPARE(machine.remaining(), QStringList({"klnagent64", "kesl"}));
        QCOMPARE(journal.steps[1].message, std::string("dpkg could not remove kesl"));
        QCOMPARE(journal.steps[1].problem, StepProblem::ExitCode);
        QCOMPARE(store.load().steps[1].problem, StepProblem::ExitCode);

        journal = RemovalRunner(machine, store, fixedClock).resume(store.load());
        QCOMPARE(journal.status, JournalStatus::Done);
        // The retry that worked leaves no problem behind.
        QCOMPARE(journal.steps[1].problem, StepProblem::None);
        QCOMPARE(states(journal), QStringList({"kesl-gui=done", "kesl=done", "klnagent64=done"}));
        QCOMPARE(journal.steps[1].attempts, 2);
        QCOMPARE(machine.ran, QStringList({"kesl-gui", "kesl", "kesl", "klnagent64"}));
        QVERIFY(events(journal).filter(QStringLiteral("Resumed")).size() == 1);
    }

    // The output files of a step are deleted once it has finished; those of a failed step are kept, and the journal
    // says where. A file that cannot be deleted is named.
    void onlyTheOutputOfUnfinishedStepsIsKept()
    {
        MemoryMachine machine(businessLinux());
        machine.keepOutput = true;
        machine.set("kesl", MemoryMachine::Behaviour::FailOnce);
        MemoryStore store;
        Journal journal = RemovalRunner(machine, store, fixedClock).start("this Linux computer");
        QCOMPARE(states(journal), QStringList({"kesl-gui=done", "kesl=failed", "klnagent64=planned"}));
        QCOMPARE(machine.discarded, std::vector<std::string>{"kesl-gui.1.log"});
        QCOMPARE(machine.outputFiles("kesl"), std::vector<std::string>{"kesl.1.log"});
        const QString kept = QStringLiteral("What the removal of package kesl of Kaspersky Endpoint Security for Linux "
                                            "printed is kept in kesl.1.log.");
        QCOMPARE(events(journal).filter(QStringLiteral("printed")), QStringList{kept});
        // It comes before the check's last word, which stays last.
        QVERIFY(events(journal).constLast().startsWith(QStringLiteral("Checked: ")));
        QCOMPARE(events(store.load()), events(journal));

        // The retry works: both of kesl's files go, the first run's too; one that cannot be deleted is named.
        machine.undeletable.insert("klnagent64.1.log");
        journal = RemovalRunner(machine, store, fixedClock).resume(store.load());
        QCOMPARE(journal.status, JournalStatus::Done);
        QCOMPARE(machine.discarded, (std::vector<std::string>{"kesl-gui.1.log", "kesl.1.log", "kesl.2.log"}));
        QCOMPARE(events(journal).filter(QStringLiteral("printed")),
                 QStringList({kept, QStringLiteral("Could not delete what the removal of package klnagent64 of "
                                                   "Kaspersky Security Center Network Agent printed, which is no "
                                                   "longer needed: klnagent64.1.log.")}));
        QVERIFY(events(journal).constLast().startsWith(QStringLiteral("Checked: ")));
    }

    void aStepThatStaysIsAFailure()
    {
        MemoryMachine machine(businessLinux());
        machine.set("kesl-gui", MemoryMachine::Behaviour::Stay);
        MemoryStore store;
        const Journal journal = RemovalRunner(machine, store, fixedClock).start("x");
        QCOMPARE(journal.status, JournalStatus::Failed);
        QCOMPARE(journal.steps[0].state, StepState::Failed);
        QVERIFY(journal.steps[0].message.find("still on the computer") != std::string::npos);
        QCOMPARE(journal.steps[0].problem, StepProblem::StillThere);
        QVERIFY(!journal.leftovers.empty());
    }

    // msiexec's 1605 says "not installed"; believed only when a fresh scan agrees.
    void notInstalledWhileStillListedIsAFailure()
    {
        const auto facts = homeWindows();
        MemoryMachine machine(facts, Platform::Windows);
        machine.set(facts[0].where, MemoryMachine::Behaviour::SaysGone);
        MemoryStore store;
        Journal journal = RemovalRunner(machine, store, fixedClock).start("this Windows computer");
        QCOMPARE(journal.status, JournalStatus::Failed);
        QCOMPARE(journal.steps.size(), std::size_t(2));
        const JournalStep& step = journal.steps[0];
        QCOMPARE(step.target, facts[0].where);
        QCOMPARE(step.state, StepState::Failed);
        QCOMPARE(step.exitCode, std::optional<int>(1605));
        QCOMPARE(step.problem, StepProblem::StillThere);
        // What happened, what it means, what to do.
        const QString message = QString::fromStdString(step.message);
        QVERIFY2(message.contains(QStringLiteral("said that Kaspersky Anti-Virus is not installed (exit code 1605)")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Windows still lists it as installed (") +
                                  QString::fromStdString(facts[0].where) + QStringLiteral(")")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("nothing was removed")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("then run offramp-cli resume")), qPrintable(message));
        // A failed step stops the run: Safe Kids was not touched.
        QCOMPARE(journal.steps[1].state, StepState::Planned);
        QCOMPARE(machine.ran, QStringList({QString::fromStdString(facts[0].where)}));
        QVERIFY(
            events(journal).contains(QStringLiteral("Failed: the uninstaller of Kaspersky Anti-Virus — ") + message));
        // Told in the same writes as any failed step: no extra journal write.
        QCOMPARE(store.writes, 1 + 2 + 1);
        QCOMPARE(store.load().steps[0].state, StepState::Failed);
        QVERIFY2(!journal.leftovers.empty() &&
                     QString::fromStdString(journal.leftovers[0]).startsWith(QStringLiteral("Kaspersky Anti-Virus")),
                 qPrintable(QString::fromStdString(journal.leftovers.empty() ? "" : journal.leftovers[0])));

        // Once the entry is gone (removed by hand), resuming confirms it and goes on.
        machine.set(facts[0].where, MemoryMachine::Behaviour::GoneForReal);
        journal = RemovalRunner(machine, store, fixedClock).resume(store.load());
        QCOMPARE(journal.status, JournalStatus::Done);
        QCOMPARE(journal.steps[0].state, StepState::AlreadyGone);
        QCOMPARE(journal.steps[1].state, StepState::Done);
    }

    void notInstalledAndReallyGoneIsAlreadyGone()
    {
        const auto facts = homeWindows();
        MemoryMachine machine(facts, Platform::Windows);
        machine.set(facts[0].where, MemoryMachine::Behaviour::GoneForReal);
        MemoryStore store;
        const Journal journal = RemovalRunner(machine, store, fixedClock).start("x");
        QCOMPARE(journal.status, JournalStatus::Done);
        QCOMPARE(journal.steps[0].state, StepState::AlreadyGone);
        QCOMPARE(journal.steps[0].exitCode, std::optional<int>(1605));
        QCOMPARE(journal.steps[1].state, StepState::Done);
    }

    void aPackageManagerThatSaysGoneWhileStillListedFails()
    {
        MemoryMachine machine(businessLinux());
        machine.set("kesl-gui", MemoryMachine::Behaviour::SaysGone);
        MemoryStore store;
        const Journal journal = RemovalRunner(machine, store, fixedClock).start("x");
        QCOMPARE(journal.status, JournalStatus::Failed);
        QCOMPARE(journal.steps[0].state, StepState::Failed);
        const QString message = QString::fromStdString(journal.steps[0].message);
        QVERIFY2(message.contains(QStringLiteral("the package manager still lists it (kesl-gui)")),
                 qPrintable(message));
        QCOMPARE(machine.ran, QStringList({"kesl-gui"}));
    }

    // A journal that says "already gone" for something a later scan finds is not believed either.
    void anAlreadyGoneStepThatIsBackIsAFailure()
    {
        MemoryMachine machine({packageFact("kesl")});
        MemoryStore store;
        Journal journal = RemovalRunner(machine, store, fixedClock).start("x");
        QCOMPARE(journal.status, JournalStatus::Done);
        journal.steps[0].state = StepState::AlreadyGone;
        journal.steps[0].command.clear();
        MemoryMachine again({packageFact("kesl")});
        again.set("kesl", MemoryMachine::Behaviour::Stay);
        // resume() skips finished steps; the check at the end finds kesl again.
        const Journal checked = RemovalRunner(again, store, fixedClock).resume(journal);
        QCOMPARE(checked.status, JournalStatus::Failed);
        QCOMPARE(checked.steps[0].state, StepState::Failed);
        QVERIFY2(checked.steps[0].message.find("finds it again") != std::string::npos,
                 checked.steps[0].message.c_str());
        QCOMPARE(checked.steps[0].problem, StepProblem::StillThere);
        QVERIFY(again.ran.isEmpty());
    }

    // What a step tells while it runs (waits for another installation) is in the journal as it happens.
    void noticesWhileAStepRunsAreJournaled()
    {
        MemoryMachine machine(homeWindows(), Platform::Windows);
        machine.set(homeWindows()[0].where, MemoryMachine::Behaviour::BusyTwice);
        MemoryStore store;
        const Journal journal = RemovalRunner(machine, store, fixedClock).start("x");
        QCOMPARE(journal.status, JournalStatus::Done);
        const QStringList story = events(journal);
        const auto started = story.indexOf(QStringLiteral("Started: the uninstaller of Kaspersky Anti-Virus."));
        QVERIFY(started >= 0);
        QVERIFY2(story.value(started + 1).contains(QStringLiteral("(try 2 of 4)")), qPrintable(story.join('\n')));
        QVERIFY2(story.value(started + 2).contains(QStringLiteral("(try 3 of 4)")), qPrintable(story.join('\n')));
        QVERIFY(
            story.value(started + 3).startsWith(QStringLiteral("Finished: the uninstaller of Kaspersky Anti-Virus")));
        // Each notice was written when it came, while the step was still running.
        QCOMPARE(store.writes, 1 + 2 * 2 + 2 + 1);
        QCOMPARE(store.history[2].steps[0].state, StepState::Running);
        QCOMPARE(events(store.history[2]).last(), story.value(started + 1));
    }

    void aRestartIsRecorded()
    {
        MemoryMachine machine(businessLinux());
        machine.set("kesl", MemoryMachine::Behaviour::NeedRestart);
        MemoryStore store;
        const Journal journal = RemovalRunner(machine, store, fixedClock).start("x");
        QCOMPARE(journal.status, JournalStatus::RestartRequired);
        QVERIFY(journal.restartRequired());
        QCOMPARE(states(journal), QStringList({"kesl-gui=done", "kesl=restart-needed", "klnagent64=done"}));
        QVERIFY(store.text.find("\"restart_required\": true") != std::string::npos);
        // After the restart, resuming finds nothing left and says so.
        const Journal after = RemovalRunner(machine, store, fixedClock).resume(store.load());
        QCOMPARE(after.status, JournalStatus::RestartRequired);
        QVERIFY(machine.remaining().isEmpty());
    }

    void nothingToRemove()
    {
        MemoryMachine machine({});
        MemoryStore store;
        const Journal journal = RemovalRunner(machine, store, fixedClock).start("x");
        QCOMPARE(journal.status, JournalStatus::Done);
        QVERIFY(journal.steps.empty());
        QVERIFY(machine.ran.isEmpty());
    }

    void somethingGoneBeforeItsTurnIsAlreadyGone()
    {
        MemoryMachine machine(businessLinux());
        MemoryStore store;
        RemovalRunner runner(machine, store, fixedClock);
        // Someone removes kesl by hand while kesl-gui is being removed.
        int calls = 0;
        runner.setProgress([&](const Journal& journal) {
            if (++calls == 3 && journal.steps[0].state == StepState::Done) {
                machine.set("kesl", MemoryMachine::Behaviour::Remove);
                RemovalStep byHand;
                byHand.target = "kesl";
                machine.run(byHand);
                machine.ran.clear();
            }
        });
        const Journal journal = runner.start("x");
        QCOMPARE(states(journal), QStringList({"kesl-gui=done", "kesl=already-gone", "klnagent64=done"}));
        QCOMPARE(journal.status, JournalStatus::Done);
    }

    void anEditedJournalRunsNothingElse()
    {
        MemoryMachine machine({packageFact("kesl")});
        MemoryStore store;
        Journal forged;
        forged.platform = "linux";
        JournalStep step;
        step.id = "kaspersky-endpoint-security-linux:remove-package:openssh-server";
        step.product = "kaspersky-endpoint-security-linux";
        step.action = "remove-package";
        step.target = "openssh-server";
        forged.steps.push_back(step);
        const Journal journal = RemovalRunner(machine, store, fixedClock).resume(forged);
        // The forged step is not on the fresh plan, so it is not run; the real finding is.
        QCOMPARE(machine.ran, QStringList({"kesl"}));
        QCOMPARE(journal.steps[0].state, StepState::AlreadyGone);
        QCOMPARE(journal.steps[1].target, std::string("kesl"));
    }

    // The package manager's process is in the journal from right after it started until it ended: the write
    // after "Started" names it, the step's end clears it.
    void theProcessIsRecordedWhileItRuns()
    {
        MemoryMachine machine(businessLinux());
        machine.reportProcesses = true;
        MemoryStore store;
        const Journal journal = RemovalRunner(machine, store, fixedClock).start("x");
        QCOMPARE(journal.status, JournalStatus::Done);
        // Per step: started, process recorded, process cleared, ended.
        QCOMPARE(store.writes, 1 + 4 * 3 + 1);
        QCOMPARE(states(store.history[1]), QStringList({"kesl-gui=running", "kesl=planned", "klnagent64=planned"}));
        QVERIFY(!store.history[1].steps[0].process);
        const StepProcess expected{4711, 1000, "boot-1", "dpkg"};
        QCOMPARE(store.history[2].steps[0].state, StepState::Running);
        QVERIFY(store.history[2].steps[0].process == expected);
        QCOMPARE(store.history[3].steps[0].state, StepState::Running);
        QVERIFY(!store.history[3].steps[0].process);
        QCOMPARE(store.history[4].steps[0].state, StepState::Done);
        QVERIFY(store.history[6].steps[1].process == (StepProcess{4712, 1000, "boot-1", "dpkg"}));
        for (const auto& step : journal.steps) {
            QVERIFY(!step.process && !step.waiting);
        }
        // What the file holds says the same.
        const Journal written = journalFromText(journalToText(store.history[2]), "j");
        QVERIFY(written.steps[0].process == expected);
    }

    // Offramp is killed while dpkg runs; dpkg goes on. The resume finds that very process still running, waits
    // for it (telling how long, within the step's time-out), then checks the step: dpkg finished it, so it is
    // done without being started again.
    void resumeWaitsForTheUninstallerStillRunning()
    {
        MemoryMachine machine(businessLinux());
        machine.reportProcesses = true;
        MemoryStore store;
        store.crashAfter = 1 + 4 + 2; // right after kesl's process was recorded
        QVERIFY_THROWS_EXCEPTION(SimulatedCrash, RemovalRunner(machine, store, fixedClock).start("x"));
        store.crashAfter = 0;
        const Journal interrupted = store.load();
        QCOMPARE(states(interrupted), QStringList({"kesl-gui=done", "kesl=running", "klnagent64=planned"}));
        QVERIFY(interrupted.steps[1].process == (StepProcess{4712, 1000, "boot-1", "dpkg"}));
        QVERIFY(machine.running);

        machine.endsAfter = std::chrono::seconds(95);
        const int writesBefore = store.writes;
        const Journal journal = RemovalRunner(machine, store, fixedClock).resume(interrupted);
        QCOMPARE(machine.waits, 1);
        QCOMPARE(machine.waitLimits, QList<int>{300});
        QCOMPARE(journal.status, JournalStatus::Done);
        QCOMPARE(states(journal), QStringList({"kesl-gui=done", "kesl=done", "klnagent64=done"}));
        QCOMPARE(machine.ran.count(QStringLiteral("kesl")), 1); // never started beside the one still running
        QCOMPARE(journal.steps[1].attempts, 1);
        QVERIFY(!journal.steps[1].process && !journal.steps[1].waiting);
        const QStringList story = events(journal);
        const auto waiting = story.indexOf(
            QStringLiteral("The uninstaller that Offramp started before, dpkg (process 4712), is still running: "
                           "waiting for it to finish (at most 5 minutes) before checking package kesl of Kaspersky "
                           "Endpoint Security for Linux again."));
        QVERIFY2(waiting > 0, qPrintable(story.join('\n')));
        QCOMPARE(story.mid(waiting + 1, 5),
                 QStringList({"Still waiting for dpkg (process 4712): 10 seconds so far, at most 5 minutes.",
                              "Still waiting for dpkg (process 4712): 30 seconds so far, at most 5 minutes.",
                              "Still waiting for dpkg (process 4712): 1 minute so far, at most 5 minutes.",
                              "The uninstaller that Offramp started before has finished after 1 minute 34 seconds; "
                              "checking package kesl of Kaspersky Endpoint Security for Linux again.",
                              "Confirmed removed: package kesl of Kaspersky Endpoint Security for Linux."}));
        // While it waits, the journal says so, with the limit and the time waited so far, for the wizard.
        const Journal& firstWait = store.history[static_cast<std::size_t>(writesBefore) + 1];
        QVERIFY(firstWait.steps[1].waiting);
        QCOMPARE(firstWait.steps[1].waiting->limitSeconds, 300LL);
        QCOMPARE(firstWait.steps[1].waiting->waitedSeconds, 0LL);
        QCOMPARE(firstWait.steps[1].waiting->since, std::string("2026-11-23T10:00:00Z"));
        QCOMPARE(store.history[static_cast<std::size_t>(writesBefore) + 4].steps[1].waiting->waitedSeconds, 60LL);
        const Journal back = journalFromText(journalToText(firstWait), "j");
        QCOMPARE(back.steps[1].waiting->limitSeconds, 300LL);
    }

    // The journal names a process id that has ended and been given to another program since (another start
    // time): nothing is waited for. If that program is a package manager holding the lock, the step fails as
    // busy, as with any package manager that Offramp did not start.
    void aProcessIdUsedAgainIsNotWaitedFor()
    {
        MemoryMachine machine(businessLinux());
        machine.reportProcesses = true;
        MemoryStore store;
        store.crashAfter = 1 + 2; // kesl-gui's process recorded
        QVERIFY_THROWS_EXCEPTION(SimulatedCrash, RemovalRunner(machine, store, fixedClock).start("x"));
        store.crashAfter = 0;
        const Journal interrupted = store.load();
        QVERIFY(interrupted.steps[0].process);
        // Same id, another start: another program's.
        machine.running = StepProcess{4711, 2000, "boot-1", "dpkg"};
        machine.set("kesl-gui", MemoryMachine::Behaviour::Locked);
        const Journal journal = RemovalRunner(machine, store, fixedClock).resume(interrupted);
        QCOMPARE(machine.waits, 0);
        QVERIFY(machine.checks >= 1);
        QCOMPARE(states(journal), QStringList({"kesl-gui=failed", "kesl=planned", "klnagent64=planned"}));
        QCOMPARE(journal.steps[0].problem, StepProblem::Busy);
        QVERIFY(!journal.steps[0].process);
        QCOMPARE(events(journal).filter(QStringLiteral("waiting")).size(), 0);
        QCOMPARE(machine.ran.count(QStringLiteral("kesl-gui")), 2); // started again, and found dpkg busy
    }

    // Still running when the step's time-out has passed: the step fails with what happened, what it means and
    // what to do; the process is left alone and stays recorded, so that the next resume waits for it again.
    void anUninstallerStillRunningAfterTheTimeOutFailsClearly()
    {
        MemoryMachine machine(businessLinux());
        machine.reportProcesses = true;
        MemoryStore store;
        store.crashAfter = 1 + 2;
        QVERIFY_THROWS_EXCEPTION(SimulatedCrash, RemovalRunner(machine, store, fixedClock).start("x"));
        store.crashAfter = 0;
        const Journal interrupted = store.load();

        const Journal failed = RemovalRunner(machine, store, fixedClock).resume(interrupted);
        QCOMPARE(machine.waits, 1);
        QCOMPARE(failed.status, JournalStatus::Failed);
        QCOMPARE(states(failed), QStringList({"kesl-gui=failed", "kesl=planned", "klnagent64=planned"}));
        const JournalStep& step = failed.steps[0];
        QCOMPARE(step.problem, StepProblem::StillRunning);
        QVERIFY(!step.timedOut);
        QCOMPARE(step.message,
                 std::string("The uninstaller that Offramp started before, dpkg (process 4711), was still running "
                             "after 5 minutes, so Offramp did not start package kesl-gui of Kaspersky Endpoint "
                             "Security for Linux again. It may be waiting for something, or hung; nothing else was "
                             "changed. Wait until it has finished (or end it), then run offramp-cli resume."));
        QVERIFY(step.process == (StepProcess{4711, 1000, "boot-1", "dpkg"}));
        QVERIFY(!step.waiting);
        QCOMPARE(machine.ran.count(QStringLiteral("kesl-gui")), 1);
        QVERIFY(machine.remaining().contains(QStringLiteral("kesl-gui")));
        // At 10 and 30 seconds, then every minute up to the limit.
        QCOMPARE(events(failed).filter(QStringLiteral("Still waiting for dpkg (process 4711)")).size(), 2 + 4);

        // Once it has finished, the next resume goes on.
        machine.endsAfter = std::chrono::seconds(0);
        const Journal journal = RemovalRunner(machine, store, fixedClock).resume(failed);
        QCOMPARE(journal.status, JournalStatus::Done);
        QCOMPARE(machine.ran.count(QStringLiteral("kesl-gui")), 1);
        QVERIFY(!journal.steps[0].process);
    }

    // A machine that cannot tell whether a process runs (the default) goes on as if it had ended.
    void aMachineThatCannotTellDoesNotWait()
    {
        struct Unaware final : RemovalMachine
        {
            Platform platform() const override { return Platform::Linux; }
            std::vector<Finding> detect() override { return {}; }
            StepResult run(const RemovalStep&) override { return {}; }
        } machine;
        QCOMPARE(machine.checkProcess(StepProcess{1, 2, "b", "dpkg"}), ProcessCheck::Unknown);
        Journal journal;
        journal.platform = "linux";
        JournalStep step;
        step.id = "kaspersky-endpoint-security-linux:remove-package:kesl";
        step.product = "kaspersky-endpoint-security-linux";
        step.action = "remove-package";
        step.target = "kesl";
        step.state = StepState::Running;
        step.process = StepProcess{1, 2, "b", "dpkg"};
        journal.steps.push_back(step);
        MemoryStore store;
        const Journal done = RemovalRunner(machine, store, fixedClock).resume(journal);
        QCOMPARE(done.steps[0].state, StepState::Done); // gone from the (empty) machine
        QVERIFY(!done.steps[0].process);
        QCOMPARE(events(done).filter(QStringLiteral("waiting")).size(), 0);
    }

    void theProcessRecordRoundTrips()
    {
        Journal journal;
        journal.platform = "linux";
        JournalStep step;
        step.id = "a:b:c";
        step.product = "a";
        step.action = "remove-package";
        step.state = StepState::Running;
        step.process = StepProcess{4711, 123456789012345LL, "0f6e1c7a-1111-2222-3333-444455556666", "dpkg"};
        step.waiting = StepWait{"2026-11-23T10:00:00Z", 1800, 61};
        journal.steps.push_back(step);
        journal.steps.push_back(step);
        journal.steps.back().id = "a:b:d";
        journal.steps.back().process.reset();
        journal.steps.back().waiting.reset();
        const std::string text = journalToText(journal);
        QVERIFY2(text.find(R"("process": {
        "boot_id": "0f6e1c7a-1111-2222-3333-444455556666",
        "pid": 4711,
        "program": "dpkg",
        "start_time": 123456789012345
      })") != std::string::npos,
                 text.c_str());
        QVERIFY2(text.find(R"("process": null)") != std::string::npos, text.c_str());
        const Journal back = journalFromText(text, "j");
        QVERIFY(back.steps[0].process == step.process);
        QCOMPARE(back.steps[0].waiting->since, step.waiting->since);
        QCOMPARE(back.steps[0].waiting->limitSeconds, 1800LL);
        QCOMPARE(back.steps[0].waiting->waitedSeconds, 61LL);
        QVERIFY(!back.steps[1].process);
        QVERIFY(!back.steps[1].waiting);
        QCOMPARE(journalToText(back), text);
    }

    // A leftover in a folder whose name is not UTF-8 (a Latin-1 name from an old system) still lets the journal be
    // saved: those bytes become U+FFFD, and the journal reads back.
    void aLeftoverNameThatIsNotUtf8IsSaved()
    {
        Journal journal;
        journal.platform = "linux";
        journal.status = JournalStatus::Done;
        journal.leftovers = {"Unidentified Kaspersky product (leftovers): a folder in /opt/kaspersky/caf\xe9"};
        const Journal back = journalFromText(journalToText(journal), "j");
        QCOMPARE(back.leftovers,
                 std::vector<std::string>{"Unidentified Kaspersky product (leftovers): a folder in /opt/kaspersky/caf"
                                          "\xef\xbf\xbd"});
    }

    // A journal from before processes were recorded has none; a record that cannot be read is left out (the
    // step then runs again as without it), and the rest of the journal is read as usual.
    void aMissingOrDamagedProcessRecordIsLeftOut_data()
    {
        QTest::addColumn<QString>("process");
        QTest::newRow("missing") << QString();
        QTest::newRow("null") << QStringLiteral(R"("process": null,)");
        QTest::newRow("a string") << QStringLiteral(R"("process": "4711",)");
        QTest::newRow("no start time") << QStringLiteral(
            R"("process": {"pid": 4711, "boot_id": "b", "program": "dpkg"},)");
        QTest::newRow("pid as text") << QStringLiteral(
            R"("process": {"pid": "4711", "start_time": 5, "boot_id": "b", "program": "dpkg"},)");
        QTest::newRow("pid zero") << QStringLiteral(
            R"("process": {"pid": 0, "start_time": 5, "boot_id": "b", "program": "dpkg"},)");
        QTest::newRow("negative start") << QStringLiteral(
            R"("process": {"pid": 9, "start_time": -5, "boot_id": "b", "program": "dpkg"},)");
        QTest::newRow("fractional start")
            << QStringLiteral(R"("process": {"pid": 9, "start_time": 5.5, "boot_id": "b", "program": "dpkg"},)");
        QTest::newRow("boot id a number")
            << QStringLiteral(R"("process": {"pid": 9, "start_time": 5, "boot_id": 7, "program": "dpkg"},)");
        QTest::newRow("an array") << QStringLiteral(R"("process": [9, 5], "waiting": {"since": 3},)");
    }
    void aMissingOrDamagedProcessRecordIsLeftOut()
    {
        QFETCH(QString, process);
        const QString text =
            QStringLiteral(R"({"schema_version": 1, "kind": "offramp-removal-journal", "platform": "linux",
                "status": "running", "steps": [{"id": "a", "product": "p", "action": "x", "target": "t", %1
                "state": "running", "attempts": 1, "command": "dpkg --purge t"}]})")
                .arg(process);
        const Journal journal = journalFromText(text.toStdString(), "j");
        QCOMPARE(journal.steps.size(), std::size_t(1));
        QVERIFY(!journal.steps[0].process);
        QVERIFY(!journal.steps[0].waiting);
        QCOMPARE(journal.steps[0].state, StepState::Running);
        QCOMPARE(journal.steps[0].attempts, 1);
        QCOMPARE(journal.steps[0].command, std::string("dpkg --purge t"));
    }

    void journalRoundTripsEveryState_data()
    {
        QTest::addColumn<int>("state");
        for (const auto state : {StepState::Planned, StepState::Running, StepState::Done, StepState::AlreadyGone,
                                 StepState::RestartNeeded, StepState::Failed, StepState::Manual}) {
            QTest::newRow(std::string(stepStateId(state)).c_str()) << static_cast<int>(state);
        }
    }
    void journalRoundTripsEveryState()
    {
        QFETCH(int, state);
        Journal journal;
        journal.platform = "windows";
        journal.status = JournalStatus::Failed;
        JournalStep step;
        step.id = "a:b:c";
        step.product = "a";
        step.action = "run-uninstaller";
        step.state = static_cast<StepState>(state);
        step.exitCode = 3010;
        step.timedOut = true;
        step.message = "m\u00e9ssage";
        step.problem = StepProblem::TimedOut;
        journal.steps.push_back(step);
        journal.events.push_back({"2026-11-23T10:00:00Z", "Started."});
        journal.leftovers.push_back("x");
        const Journal back = journalFromText(journalToText(journal), "j");
        QCOMPARE(back.steps.at(0).state, step.state);
        QCOMPARE(back.steps.at(0).exitCode, std::optional<int>(3010));
        QVERIFY(back.steps.at(0).timedOut);
        QCOMPARE(back.steps.at(0).message, step.message);
        QCOMPARE(back.steps.at(0).problem, StepProblem::TimedOut);
        QCOMPARE(back.status, JournalStatus::Failed);
        QCOMPARE(back.events.at(0).what, std::string("Started."));
        QCOMPARE(back.leftovers, journal.leftovers);
        QCOMPARE(journalToText(back), journalToText(journal));
    }

    void everyProblemRoundTrips()
    {
        for (const auto problem :
             {StepProblem::None, StepProblem::Refused, StepProblem::NotStarted, StepProblem::TimedOut,
              StepProblem::Busy, StepProblem::ExitCode, StepProblem::StillThere, StepProblem::StillRunning}) {
            QCOMPARE(stepProblemFromId(stepProblemId(problem)), std::optional<StepProblem>(problem));
        }
        // A journal from before problems were recorded reads as having none.
        const Journal old = journalFromText(
            R"({"schema_version": 1, "kind": "offramp-removal-journal", "platform": "linux", "status": "failed",
                "steps": [{"id": "a", "product": "p", "action": "x", "target": "t", "state": "failed"}]})",
            "j");
        QCOMPARE(old.steps.at(0).problem, StepProblem::None);
    }

    void damagedJournalsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << "{\"steps\": ["
                                  << "j: not valid JSON";
        QTest::newRow("truncated file") << ""
                                        << "j: not valid JSON";
        QTest::newRow("number too large") << R"({"schema_version": 1e999, "kind": "offramp-removal-journal"})"
                                          << "j: not valid JSON at line 1, column 20: the number 1e999 is too large";
        QTest::newRow("another file") << R"({"schema_version": 1, "kind": "report", "platform": "linux", "steps": []})"
                                      << "j at /kind: this is not a removal journal";
        QTest::newRow("unknown state")
            << R"({"schema_version": 1, "kind": "offramp-removal-journal", "platform": "linux", "status": "running",
                  "steps": [{"id": "a", "product": "p", "action": "x", "target": "t", "state": "exploded"}]})"
            << "j at /steps/0/state: unknown step state \"exploded\"";
        QTest::newRow("unknown problem")
            << R"({"schema_version": 1, "kind": "offramp-removal-journal", "platform": "linux", "status": "failed",
                  "steps": [{"id": "a", "product": "p", "action": "x", "target": "t", "state": "failed",
                             "problem": "gremlins"}]})"
            << "j at /steps/0/problem: unknown step problem \"gremlins\"";
        QTest::newRow("newer version") << R"({"schema_version": 2, "kind": "offramp-removal-journal"})"
                                       << "j at /schema_version: this journal was written by another version";
    }
    void damagedJournalsAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            journalFromText(text.toStdString(), "j");
            QFAIL("a damaged journal was read");
        } catch (const JournalError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).startsWith(message), error.what());
        }
    }

    // The heart of it: stop the run right after each journal write in turn, and also in the middle of each
    // step (leaving the package half-removed); a resume from what the file holds always ends the same way.
    void aCrashAnywhereResumesToTheSameEndState_data()
    {
        QTest::addColumn<int>("crashAfterWrite");
        QTest::addColumn<QString>("crashInside");
        QTest::addColumn<bool>("processes"); // the package manager's process recorded while it runs
        QTest::addColumn<int>("lastWrite");
        for (const bool processes : {false, true}) {
            MemoryMachine machine(businessLinux());
            machine.reportProcesses = processes;
            MemoryStore store;
            RemovalRunner(machine, store, fixedClock).start("x");
            const char* const with = processes ? ", processes recorded" : "";
            for (int write = 1; write <= store.writes; ++write) {
                QTest::addRow("after write %d%s", write, with) << write << QString() << processes << store.writes;
            }
            for (const char* package : {"kesl-gui", "kesl", "klnagent64"}) {
                QTest::addRow("inside %s%s", package, with)
                    << 0 << QString::fromLatin1(package) << processes << store.writes;
            }
        }
    }
    void aCrashAnywhereResumesToTheSameEndState()
    {
        QFETCH(int, crashAfterWrite);
        QFETCH(QString, crashInside);
        QFETCH(bool, processes);
        QFETCH(int, lastWrite);
        MemoryMachine machine(businessLinux());
        machine.reportProcesses = processes;
        // A process left running by the crash finishes its removal while the resume waits.
        machine.endsAfter = std::chrono::seconds(3);
        if (!crashInside.isEmpty()) {
            machine.set(crashInside.toStdString(), MemoryMachine::Behaviour::CrashMidway);
        }
        MemoryStore store;
        store.crashAfter = crashAfterWrite;
        QVERIFY_THROWS_EXCEPTION(SimulatedCrash, RemovalRunner(machine, store, fixedClock).start("x"));
        store.crashAfter = 0;

        const Journal interrupted = store.load();
        // Only a crash after the very last write finds the journal finished.
        const bool finishedBefore = interrupted.status == JournalStatus::Done;
        QCOMPARE(interrupted.status, finishedBefore ? JournalStatus::Done : JournalStatus::Running);
        QCOMPARE(finishedBefore, crashInside.isEmpty() && crashAfterWrite == lastWrite);
        const Journal journal = RemovalRunner(machine, store, fixedClock).resume(interrupted);
        QVERIFY(machine.remaining().isEmpty());
        QCOMPARE(journal.status, JournalStatus::Done);
        QCOMPARE(journal.steps.size(), std::size_t(3));
        for (const auto& step : journal.steps) {
            QVERIFY2(step.state == StepState::Done || step.state == StepState::AlreadyGone,
                     qPrintable(states(journal).join(' ')));
        }
        // No package is removed twice, except the one whose removal the crash cut short.
        for (const char* package : {"kesl-gui", "kesl", "klnagent64"}) {
            const auto expected = crashInside == QLatin1String(package) ? 2 : 1;
            QVERIFY2(machine.ran.count(QString::fromLatin1(package)) <= expected, qPrintable(machine.ran.join(' ')));
        }
        // The journal tells the story: the interruption, and the half-done package being completed.
        const QStringList story = events(journal);
        QCOMPARE(story.filter(QStringLiteral("Resumed: the previous run was interrupted.")).size(),
                 finishedBefore ? 0 : 1);
        if (!crashInside.isEmpty()) {
            QVERIFY2(story.filter(QStringLiteral("Interrupted while removing package ") + crashInside).size() == 1,
                     qPrintable(story.join('\n')));
            QVERIFY2(story.filter(QStringLiteral("half-done")).size() == 1, qPrintable(story.join('\n')));
        }
        QCOMPARE(story.last(), QStringLiteral("Checked: Removed. A fresh scan finds nothing left."));
    }
};

QTEST_GUILESS_MAIN(TestRemovalRunner)
#include "tst_removalrunner.moc"
