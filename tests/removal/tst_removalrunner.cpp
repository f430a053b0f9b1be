// SPDX-License-Identifier: GPL-3.0-or-later
// The removal runner on a machine in memory: every journal state, a failing step, a restart, a step that
// hangs, and a crash between any two journal writes (and in the middle of a step) that a resume finishes
// with the same end state as an uninterrupted run.
#include "Detector.h"
#include "RemovalFixtures.h"
#include "RemovalRunner.h"
#include "TestSupport.h"

#include <QStringList>
#include <QTest>

#include <map>
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
        case Behaviour::BusyTwice:
            notice("Another installation is in progress (exit code 1618): waiting 1 second (try 2 of 4).");
            notice("Another installation is in progress (exit code 1618): waiting 1 second (try 3 of 4).");
            break;
        case Behaviour::NeedRestart:
        case Behaviour::Remove:
            break;
        }
        remove(step.target);
        result.exitCode = 0;
        result.state = behaviour == Behaviour::NeedRestart ? StepState::RestartNeeded : StepState::Done;
        return result;
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

private:
    // A package by its name, an uninstall entry by its key.
    void remove(const std::string& target)
    {
        std::erase_if(m_facts, [&](const Fact& fact) { return fact.name == target || fact.where == target; });
    }

    std::vector<Fact> m_facts;
    std::map<std::string, Behaviour> m_behaviour;
    Platform m_platform;
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
              StepProblem::Busy, StepProblem::ExitCode, StepProblem::StillThere}) {
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
        MemoryMachine machine(businessLinux());
        MemoryStore store;
        RemovalRunner(machine, store, fixedClock).start("x");
        for (int write = 1; write <= store.writes; ++write) {
            QTest::addRow("after write %d", write) << write << QString();
        }
        for (const char* package : {"kesl-gui", "kesl", "klnagent64"}) {
            QTest::addRow("inside %s", package) << 0 << QString::fromLatin1(package);
        }
    }
    void aCrashAnywhereResumesToTheSameEndState()
    {
        QFETCH(int, crashAfterWrite);
        QFETCH(QString, crashInside);
        MemoryMachine machine(businessLinux());
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
        QCOMPARE(finishedBefore, crashInside.isEmpty() && crashAfterWrite == 8);
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
