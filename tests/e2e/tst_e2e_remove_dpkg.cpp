// SPDX-License-Identifier: GPL-3.0-or-later
// offramp-cli remove and resume from start to end on real packages: kesl-gui, kesl and klnagent64 built
// here with dpkg-deb and installed into a test root with dpkg, each with a prerm that can be made slow or
// hang. A run killed in the middle (every process of its session, as a power cut would) resumes to the end;
// a hung uninstaller is stopped after the time-out with nothing lost; offramp-cli killed alone (SIGKILL to its
// process group) while dpkg goes on is followed by a resume that waits for that very dpkg, then finishes; a dry
// run and a usage error change nothing. Afterwards dpkg holds no such package, a scan is clean, the journal tells the
// whole story and the person's own files are as they were.
#include "E2eSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

using namespace offramp::e2e;
using offramp::test::qPath;
using offramp::test::runCli;

namespace {

const QStringList kTargets{QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")};

QStringList statesOf(const QStringList& states)
{
    QStringList lines;
    for (qsizetype i = 0; i < kTargets.size(); ++i) {
        lines << kTargets[i] + QLatin1Char(':') + states[i];
    }
    return lines;
}

const char* const kDescription[] = {"package kesl-gui of Kaspersky Endpoint Security for Linux",
                                    "package kesl of Kaspersky Endpoint Security for Linux",
                                    "package klnagent64 of Kaspersky Security Center Network Agent"};

QString describeStep(const QString& target)
{
    return QString::fromUtf8(kDescription[kTargets.indexOf(target)]);
}

} // namespace

class TestE2eRemoveDpkg : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_base;
    std::string m_version;
    std::vector<TestPackage> m_packages;
    std::vector<fs::path> m_debs;
    int m_roots = 0;

    // A new root holding the three packages, installed by dpkg, and the person's own files.
    fs::path freshRoot()
    {
        const fs::path root = m_base / ("root-" + std::to_string(++m_roots));
        makeDpkgRoot(root);
        dpkgInstall(root, m_debs);
        writeUserFiles(root);
        return root;
    }

    // Starts remove --yes --json in a session of its own, waits until `script` of `target` has started and
    // sleeps, then stops and kills every process of the session: a power cut in the middle of the removal.
    void cutPowerDuring(const fs::path& root, const fs::path& journal, const QString& target, const QString& script)
    {
        CliInSession cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"), qPath(root),
                          QStringLiteral("--journal"), qPath(journal), QStringLiteral("--json")});
        QVERIFY(cli.started());
        QVERIFY2(cli.waitUntil(
                     [&] {
                         // The script has logged that it started, and sleeps.
                         return scriptStarts(root, target, script.toStdString()) == 1 &&
                                std::ranges::any_of(sessionProcesses(cli.session()),
                                                    [](const ProcessInfo& process) { return process.name == "sleep"; });
                     },
                     60000),
                 cli.describe());
        // The power cut: the CLI, dpkg (in a process group of its own) and the script's shell and sleep.
        const auto killed = killSession(cli.session());
        QVERIFY(cli.waitForFinished(20000));
        QVERIFY(cli.crashed());
        QVERIFY2(sessionProcesses(cli.session()).empty(),
                 qPrintable(describeProcesses(sessionProcesses(cli.session()))));
        const bool dpkgInOwnGroup = std::ranges::any_of(killed, [&](const ProcessInfo& process) {
            return process.name == "dpkg" && process.group != cli.session();
        });
        QVERIFY2(dpkgInOwnGroup, qPrintable(describeProcesses(killed)));
        QVERIFY2(std::ranges::any_of(killed, [](const ProcessInfo& process) { return process.name == "sleep"; }),
                 qPrintable(describeProcesses(killed)));
    }

    // Starts remove --yes, waits until kesl's prerm runs (and waits for `.e2e/wait-kesl`), then kills offramp-cli
    // alone with SIGKILL to its process group, as a person closing its terminal hard would: dpkg, in a process
    // group of its own, goes on. Returns dpkg's process id, 0 when the test has failed.
    pid_t killOfframpDuringKeslPrerm(CliInSession& cli, const fs::path& root)
    {
        if (!cli.started()) {
            return 0;
        }
        const auto dpkgRunning = [&] {
            for (const auto& process : sessionProcesses(cli.session())) {
                if (process.name == "dpkg") {
                    return process.pid;
                }
            }
            return pid_t{0};
        };
        if (!cli.waitUntil([&] { return scriptStarts(root, "kesl") == 1 && dpkgRunning() != 0; }, 60000)) {
            qWarning("%s", cli.describe().constData());
            return 0;
        }
        ::kill(-cli.session(), SIGKILL);
        if (!cli.waitForFinished(20000) || !cli.crashed()) {
            return 0;
        }
        return dpkgRunning();
    }

    // offramp-cli remove --yes on `root`, killed with its whole group while kesl's prerm waits, so that the dpkg it
    // started lives on. The caller keeps the session: a failed test still stops that dpkg when it ends.
    struct KilledRemoval
    {
        std::unique_ptr<CliInSession> cli;
        pid_t dpkg = 0;
    };
    KilledRemoval removeKilledDuringKeslPrerm(const fs::path& root, const fs::path& journal)
    {
        setScriptFlag(root, "wait", "kesl", true);
        KilledRemoval killed;
        killed.cli = std::make_unique<CliInSession>(QStringList{QStringLiteral("remove"), QStringLiteral("--yes"),
                                                                QStringLiteral("--root"), qPath(root),
                                                                QStringLiteral("--journal"), qPath(journal)});
        killed.dpkg = killOfframpDuringKeslPrerm(*killed.cli, root);
        return killed;
    }

    const TestPackage& packageNamed(const QString& name) const
    {
        return *std::ranges::find_if(m_packages, [&](const TestPackage& p) { return p.name == name.toStdString(); });
    }
    QStringList allFiles() const
    {
        QStringList files;
        for (const auto& package : m_packages) {
            for (const auto& file : package.files) {
                files << QString::fromStdString(file.path);
            }
        }
        return files;
    }
    fs::path journalPath() const { return m_base / ("journal-" + std::to_string(m_roots)) / "journal.json"; }

    // What dpkg holds of the three packages under `root`, "name status" each.
    static QStringList keslPackages(const fs::path& root)
    {
        QStringList held;
        for (const auto& [name, status] : dpkgPackages(root)) {
            if (kTargets.contains(name)) {
                held << name + QLatin1Char(' ') + status;
            }
        }
        return held;
    }

    // After a removal: dpkg holds none of them (not even their configuration), their files are gone, a scan is
    // clean, and nothing else in the root changed since `before`.
    void verifyAllGone(const fs::path& root, const TreeDigest& before)
    {
        QCOMPARE(keslPackages(root), QStringList());
        const std::string status = offramp::test::readFile(root / "var/lib/dpkg/status");
        for (const QString& name : kTargets) {
            QVERIFY2(status.find("Package: " + name.toStdString() + "\n") == std::string::npos, status.c_str());
        }
        QCOMPARE(presentFiles(root, m_packages), QStringList());
        const ScanOutcome scan = scanRoot(root);
        QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
        QCOMPARE(scan.products, QStringList());
        QCOMPARE(scan.exitCode, 0);
        E2E_VERIFY_NO_CHANGES(treeChanges(before, digestTree(root, false), packagesOwn(m_packages, {"var/lib/dpkg/"})));
        QCOMPARE(offramp::test::readFile(root / "home/user/Documents/taxes-2025.ods").size(), std::size_t{4096});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = fs::path(m_dir.path().toStdString());
        // A version of this run only, so that its traces cannot be confused with anything else's.
        m_version = "12.1.0.1297+e2e" + std::to_string(::getpid()) + "-1";
        m_packages = kasperskyPackages(m_version, true);
        try {
            offramp::test::requireTool("dpkg-query");
            for (const auto& package : m_packages) {
                m_debs.push_back(buildDeb(m_base / "build", package));
            }
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
    }

    void removesEverythingInOneRun()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        QCOMPARE(keslPackages(root).size(), 3);
        const TreeDigest before = digestTree(root, false);

        const auto result = runCli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"),
                                    qPath(root), QStringLiteral("--journal"), qPath(journal)});
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        QVERIFY2(result.out.contains("Removed. A fresh scan finds nothing left."), result.out);
        QVERIFY2(result.out.contains(("The journal is in " + journal.string()).c_str()), result.out);

        QString error;
        const QJsonObject written = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(written.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(stepStates(written), statesOf({"done", "done", "done"}));
        for (const QString& target : kTargets) {
            const QJsonObject step = stepFor(written, target);
            QCOMPARE(step.value("attempts").toInt(), 1);
            QCOMPARE(step.value("exit_code").toInt(-1), 0);
            QCOMPARE(step.value("timed_out").toBool(true), false);
            QCOMPARE(step.value("command").toString(),
                     QStringLiteral("dpkg --root=%1 --log=%1/var/log/dpkg.log --force-script-chrootless%2 --purge %3")
                         .arg(qPath(root), ::geteuid() == 0 ? QString() : QStringLiteral(" --force-not-root"), target));
            QCOMPARE(scriptStarts(root, target), 1);
        }
        QCOMPARE(written.value("leftovers").toArray().size(), 0);
        const QStringList events = eventsOf(written);
        const QString gap =
            storyGap(events, {"Removal planned on the Linux files under " + qPath(root) + ": 3 steps.",
                              "Started: " + describeStep("kesl-gui"), "Finished: " + describeStep("kesl-gui"),
                              "Started: " + describeStep("kesl"), "Finished: " + describeStep("kesl"),
                              "Started: " + describeStep("klnagent64"), "Finished: " + describeStep("klnagent64"),
                              "Checked: Removed. A fresh scan finds nothing left."});
        QVERIFY2(gap.isEmpty(), qPrintable(gap));
        verifyAllGone(root, before);
    }

    void aRelativeRootWorks()
    {
        // As a person types it: sudo offramp-cli remove --yes --root mnt (from the folder holding mnt).
        const fs::path root = freshRoot();
        const TreeDigest before = digestTree(root, false);
        CliInSession cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"),
                          QString::fromStdString(root.filename().string()), QStringLiteral("--journal"),
                          QStringLiteral("relative-journal.json")},
                         qPath(m_base));
        QVERIFY(cli.started());
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(!cli.crashed() && cli.exitCode() == 0, cli.describe());
        QVERIFY(fs::exists(m_base / "relative-journal.json"));
        verifyAllGone(root, before);
    }

    void leavesTheHostsDpkgLogAlone()
    {
        // Removing the packages of a tree is that tree's business: this computer's own dpkg log must not
        // record them as if they had been removed here.
        const fs::path hostLog = "/var/log/dpkg.log";
        const auto hostLogSize = [&] { return fs::exists(hostLog) ? fs::file_size(hostLog) : std::uintmax_t{0}; };
        const fs::path root = freshRoot();
        const std::uintmax_t sizeBefore = hostLogSize();
        const auto result = runCli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"),
                                    qPath(root), QStringLiteral("--journal"), qPath(journalPath())});
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        QCOMPARE(keslPackages(root), QStringList());
        const std::string log =
            hostLogSize() > sizeBefore ? offramp::test::readFile(hostLog).substr(sizeBefore) : std::string();
        QVERIFY2(log.find(m_version) == std::string::npos,
                 qPrintable(QStringLiteral("this computer's %1 records the removal of the packages in %2:\n%3")
                                .arg(qPath(hostLog), qPath(root), QString::fromStdString(log.substr(0, 600)))));
    }

    void killedMidRemovalResumes_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("script"); // the maintainer script the power cut hits
        QTest::addColumn<QStringList>("statesAtKill");
        QTest::addColumn<QString>("dpkgStateAtKill"); // what dpkg itself records then
        QTest::newRow("during kesl-gui's prerm")
            << "kesl-gui"
            << "prerm" << statesOf({"running", "planned", "planned"}) << "purge ok half-configured";
        QTest::newRow("during kesl's prerm")
            << "kesl"
            << "prerm" << statesOf({"done", "running", "planned"}) << "purge ok half-configured";
        QTest::newRow("during klnagent64's prerm")
            << "klnagent64"
            << "prerm" << statesOf({"done", "done", "running"}) << "purge ok half-configured";
        // Later: dpkg has already deleted kesl's files and records it as half-installed.
        QTest::newRow("during kesl's postrm, its files deleted")
            << "kesl"
            << "postrm" << statesOf({"done", "running", "planned"}) << "purge ok half-installed";
    }

    void killedMidRemovalResumes()
    {
        QFETCH(QString, target);
        QFETCH(QString, script);
        QFETCH(QStringList, statesAtKill);
        QFETCH(QString, dpkgStateAtKill);
        const bool inPrerm = script == QStringLiteral("prerm");
        const char* const slow = inPrerm ? "slow" : "slow-postrm";
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        setScriptFlag(root, slow, target, true);
        const TreeDigest before = digestTree(root, false);

        cutPowerDuring(root, journal, target, script);
        if (QTest::currentTestFailed()) {
            return;
        }

        // The journal, as the power cut left it: complete, and saying where the run was.
        QString error;
        const QJsonObject interrupted = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(interrupted.value("status").toString(), QStringLiteral("running"));
        QCOMPARE(stepStates(interrupted), statesAtKill);
        QCOMPARE(eventsOf(interrupted).constLast(), "Started: " + describeStep(target) + ".");
        // The journal, its lock file (the lock itself died with the process) and the output file of each step that
        // ran; no temporary file is left.
        QStringList entries{QStringLiteral("journal.json"), QStringLiteral("journal.json.lock")};
        for (qsizetype i = 0; i <= kTargets.indexOf(target); ++i) {
            entries << QStringLiteral("journal.%1.1.log").arg(kTargets[i]);
        }
        entries.sort();
        QCOMPARE(folderEntries(journal.parent_path()), entries);
        QCOMPARE(dpkgPackages(root)[target], dpkgStateAtKill);
        // Before the prerm's end dpkg has deleted nothing; by the postrm, all but the configuration files.
        QStringList expectedFiles;
        for (const auto& file : packageNamed(target).files) {
            if (inPrerm || file.conffile) {
                expectedFiles << QString::fromStdString(file.path);
            }
        }
        QCOMPARE(presentFiles(root, {packageNamed(target)}), expectedFiles);

        // Started again after the power is back, with the script no longer slow.
        setScriptFlag(root, slow, target, false);
        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        const QJsonObject printed = parseObject(resumed.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject finished = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(printed, finished);

        QCOMPARE(finished.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(stepStates(finished), statesOf({"done", "done", "done"}));
        const QJsonObject step = stepFor(finished, target);
        QCOMPARE(step.value("attempts").toInt(), 2);
        QCOMPARE(step.value("exit_code").toInt(-1), 0);
        QCOMPARE(finished.value("leftovers").toArray().size(), 0);
        for (const QString& name : kTargets) {
            QCOMPARE(scriptStarts(root, name), name == target && inPrerm ? 2 : 1);
        }
        const QStringList events = eventsOf(finished);
        QStringList story{"Removal planned on the Linux files under " + qPath(root) + ": 3 steps.",
                          "Started: " + describeStep(target) + ".",
                          "Resumed: the previous run was interrupted.",
                          "Interrupted while removing " + describeStep(target) + "; checking it again.",
                          "Started: " + describeStep(target) + ".",
                          "Finished: " + describeStep(target),
                          "Checked: Removed. A fresh scan finds nothing left."};
        const QString gap = storyGap(events, story);
        QVERIFY2(gap.isEmpty(), qPrintable(gap));
        QCOMPARE(events.constLast(), QStringLiteral("Checked: Removed. A fresh scan finds nothing left."));
        QCOMPARE(countStarting(events, "Resumed"), 1);
        QCOMPARE(countStarting(events, "Failed"), 0);
        for (const QString& name : kTargets) {
            QCOMPARE(countStarting(events, "Finished: " + describeStep(name)), 1);
        }
        verifyAllGone(root, before);
    }

    // The wizard follows offramp-cli through pipes; should the wizard crash, offramp-cli's next line to it must not
    // end the removal (SIGPIPE would, in the middle of a package's removal): the lines are lost, the work is not.
    void aReaderThatGoesAwayDoesNotStopTheRemoval()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const TreeDigest before = digestTree(root, false);
        setScriptFlag(root, "wait", "kesl", true);
        CliInSession cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"), qPath(root),
                          QStringLiteral("--journal"), qPath(journal)},
                         {}, CliInSession::Output::OwnPipe);
        QVERIFY(cli.started());
        QVERIFY(cli.waitUntil([&] { return scriptStarts(root, "kesl") == 1; }, 60000));
        cli.loseReader();
        setScriptFlag(root, "wait", "kesl", false);
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(!cli.crashed(), "offramp-cli ended by a signal once nobody read its output");
        QCOMPARE(cli.exitCode(), 0);
        QString error;
        const QJsonObject written = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(written.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(stepStates(written), statesOf({"done", "done", "done"}));
        verifyAllGone(root, before);
    }

    // offramp-cli is killed alone while kesl's prerm runs; dpkg goes on and holds its lock. resume, started at
    // once, finds that very dpkg in the journal, says so, waits for it (telling how long), then checks: kesl is
    // gone without dpkg being started for it again, the rest is removed, the journal is complete, exit 0.
    void resumeWaitsForTheDpkgThatOutlivedOfframp()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const TreeDigest before = digestTree(root, false);
        const KilledRemoval killed = removeKilledDuringKeslPrerm(root, journal);
        const pid_t dpkg = killed.dpkg;
        QVERIFY2(dpkg > 0, killed.cli->describe());

        // The journal names that dpkg, by its process id and start.
        QString error;
        const QJsonObject interrupted = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stepStates(interrupted), statesOf({"done", "running", "planned"}));
        const QJsonObject process = stepFor(interrupted, "kesl").value("process").toObject();
        QCOMPARE(process.value("pid").toInteger(), qint64(dpkg));
        QCOMPARE(process.value("program").toString(), QStringLiteral("dpkg"));
        QVERIFY(process.value("start_time").toInteger() > 0);
        QVERIFY(!process.value("boot_id").toString().isEmpty());

        CliInSession resumed({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                              QStringLiteral("--journal"), qPath(journal)});
        QVERIFY(resumed.started());
        const auto waiting = [&] {
            QString readError;
            const QJsonObject now = readJournal(journal, &readError);
            return readError.isEmpty() &&
                   stepFor(now, "kesl").value("waiting").toObject().value("waited_seconds").toInt() >= 10;
        };
        // It waits (and tells after 10 seconds how long so far) rather than failing on dpkg's lock.
        QVERIFY2(resumed.waitUntil(waiting, 60000), resumed.describe());
        QCOMPARE(scriptStarts(root, "kesl"), 1);
        QCOMPARE(scriptStarts(root, "klnagent64"), 0);
        QCOMPARE(::kill(dpkg, 0), 0);

        // klnagent64's prerm waits in its turn, so that kesl's output file can be read before the removal, once
        // finished, deletes it.
        setScriptFlag(root, "wait", "klnagent64", true);
        setScriptFlag(root, "wait", "kesl", false);
        QVERIFY2(resumed.waitUntil([&] { return scriptStarts(root, "klnagent64") == 1; }, 60000), resumed.describe());
        // That dpkg's output, and its prerm's, go to a file beside the journal rather than to the killed offramp-cli:
        // the file holds all that dpkg and the prerm wrote, the lines after the kill too; it is the owner's alone.
        const fs::path log = journal.parent_path() / "journal.kesl.1.log";
        const QString written = QString::fromStdString(offramp::test::readFile(log));
        for (const char* line :
             {"Stopping kesl.", "kesl: nothing left to stop", "Purging configuration files for kesl"}) {
            QVERIFY2(written.contains(QLatin1String(line)), qPrintable(written));
        }
        QCOMPARE(fs::status(log).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
        setScriptFlag(root, "wait", "klnagent64", false);

        QVERIFY2(resumed.waitForFinished(60000), resumed.describe());
        QVERIFY2(!resumed.crashed() && resumed.exitCode() == 0, resumed.describe());
        const QString out = QString::fromUtf8(resumed.out());
        const QString said = QStringLiteral("The uninstaller that Offramp started before, dpkg (process %1), is still "
                                            "running: waiting for it to finish (at most 30 minutes) before checking "
                                            "package kesl of Kaspersky Endpoint Security for Linux again.\n")
                                 .arg(dpkg);
        QVERIFY2(out.contains(said), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Still waiting for dpkg (process %1): 10 seconds so far, at most 30 "
                                             "minutes.\n")
                                  .arg(dpkg)),
                 qPrintable(out));
        QVERIFY2(out.contains("Removed. A fresh scan finds nothing left."), qPrintable(out));

        const QJsonObject finished = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(stepStates(finished), statesOf({"done", "done", "done"}));
        for (const QString& target : kTargets) {
            QVERIFY(stepFor(finished, target).value("process").isNull());
            QVERIFY(stepFor(finished, target).value("waiting").isNull());
            // No removal script ran twice.
            QCOMPARE(scriptStarts(root, target), 1);
        }
        // The prerm wrote after the kill and dpkg finished kesl by itself, so resume only confirmed it.
        QCOMPARE(scriptStarts(root, "kesl", "wrote"), 1);
        QVERIFY2(stepFor(finished, "kesl").value("attempts").toInt() == 1, qPrintable(eventsOf(finished).join("\n")));
        const QString gap = storyGap(
            eventsOf(finished),
            {"Started: " + describeStep("kesl") + ".", "Resumed: the previous run was interrupted.",
             "Interrupted while removing " + describeStep("kesl") + "; checking it again.", said.trimmed(),
             QStringLiteral("Still waiting for dpkg (process %1): 10 seconds so far").arg(dpkg),
             "The uninstaller that Offramp started before has finished after ",
             "Confirmed removed: " + describeStep("kesl") + ".", "Started: " + describeStep("klnagent64") + ".",
             "Finished: " + describeStep("klnagent64"), "Checked: Removed. A fresh scan finds nothing left."});
        QVERIFY2(gap.isEmpty(), qPrintable(gap));
        QVERIFY2(!eventsOf(finished).join("\n").contains("half-done"), qPrintable(eventsOf(finished).join("\n")));
        // Every step finished, so their output files are gone: the journal and its lock are all that is left.
        QCOMPARE(folderEntries(journal.parent_path()),
                 QStringList({QStringLiteral("journal.json"), QStringLiteral("journal.json.lock")}));
        verifyAllGone(root, before);
    }

    // offramp-cli is killed alone while kesl's prerm runs. A new remove --yes on that journal would overwrite what
    // only it knows (kesl's dpkg, still at work): it stops with exit 4, says to resume, and changes nothing; resume
    // then finishes. The same holds once the journal says "failed" while it still names that dpkg.
    void aNewRemovalDoesNotOverwriteAnUnfinishedJournal()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const KilledRemoval killed = removeKilledDuringKeslPrerm(root, journal);
        const pid_t dpkg = killed.dpkg;
        QVERIFY2(dpkg > 0, killed.cli->describe());

        const QStringList again{QStringLiteral("remove"),    QStringLiteral("--yes"),
                                QStringLiteral("--root"),    qPath(root),
                                QStringLiteral("--journal"), qPath(journal)};
        const QString said =
            QStringLiteral("offramp-cli: remove: the journal %1 holds a removal that has not "
                           "finished, so nothing was done: a new removal would overwrite what it "
                           "knows. Run offramp-cli resume --journal %1 --root %2 to finish it, or give "
                           "another file with --journal to start a new one.\n")
                .arg(qPath(journal), qPath(root));
        const std::string interrupted = offramp::test::readFile(journal);
        const auto refused = runCli(again);
        QVERIFY2(refused.exitCode == 4, refused.out + refused.err);
        QCOMPARE(QString::fromUtf8(refused.err), said);
        QCOMPARE(offramp::test::readFile(journal), interrupted);
        QCOMPARE(scriptStarts(root, "kesl-gui"), 1);
        QCOMPARE(scriptStarts(root, "klnagent64"), 0);

        // A resume that gives up waiting leaves the journal "failed", still naming that dpkg.
        const auto timedOut =
            runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root), QStringLiteral("--journal"),
                    qPath(journal), QStringLiteral("--timeout"), QStringLiteral("1")});
        QVERIFY2(timedOut.exitCode == 4, timedOut.out + timedOut.err);
        QString error;
        QCOMPARE(readJournal(journal, &error).value("status").toString(), QStringLiteral("failed"));
        const std::string failed = offramp::test::readFile(journal);
        const auto refusedAgain = runCli(again);
        QVERIFY2(refusedAgain.exitCode == 4, refusedAgain.out + refusedAgain.err);
        QCOMPARE(QString::fromUtf8(refusedAgain.err), said);
        QCOMPARE(offramp::test::readFile(journal), failed);

        setScriptFlag(root, "wait", "kesl", false);
        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal)});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        QCOMPARE(keslPackages(root), QStringList());
        for (const QString& target : kTargets) {
            QCOMPARE(scriptStarts(root, target), 1);
        }
        // Finished, the journal no longer stands in the way of a new removal (which finds nothing left).
        const auto fresh = runCli(again);
        QVERIFY2(fresh.exitCode == 0, fresh.out + fresh.err);
    }

    // The dpkg that outlived offramp-cli is still running when the step's time-out has passed: resume says what
    // happened, what it means and what to do, exits 4 and leaves dpkg alone; once dpkg has finished, resume ends.
    void resumeGivesUpWaitingAfterTheTimeOut()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const KilledRemoval killed = removeKilledDuringKeslPrerm(root, journal);
        const pid_t dpkg = killed.dpkg;
        QVERIFY2(dpkg > 0, killed.cli->describe());

        const auto timedOut =
            runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root), QStringLiteral("--journal"),
                    qPath(journal), QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(timedOut.exitCode == 4, timedOut.out + timedOut.err);
        const QString message =
            QStringLiteral(
                "The uninstaller that Offramp started before, dpkg (process %1), was still running after 2 seconds, so "
                "Offramp did not start package kesl of Kaspersky Endpoint Security for Linux again. It may be waiting "
                "for something, or hung; nothing else was changed. Wait until it has finished (or end it), then run "
                "offramp-cli resume.")
                .arg(dpkg);
        QVERIFY2(timedOut.out.contains(message.toUtf8()), timedOut.out);
        QVERIFY2(timedOut.out.contains("The removal did not finish. Nothing was lost"), timedOut.out);
        QString error;
        const QJsonObject failed = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stepStates(failed), statesOf({"done", "failed", "planned"}));
        const QJsonObject step = stepFor(failed, "kesl");
        QCOMPARE(step.value("problem").toString(), QStringLiteral("still-running"));
        QCOMPARE(step.value("message").toString(), message);
        QCOMPARE(step.value("process").toObject().value("pid").toInteger(), qint64(dpkg));
        // dpkg was left alone, and is still at work.
        QCOMPARE(::kill(dpkg, 0), 0);
        QCOMPARE(scriptStarts(root, "kesl"), 1);

        setScriptFlag(root, "wait", "kesl", false);
        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal)});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        QCOMPARE(keslPackages(root), QStringList());
        QCOMPARE(scriptStarts(root, "kesl"), 1);
    }

    // The journal's process id now belongs to another program (here: the same dpkg, recorded with another start):
    // resume does not wait for it, and dpkg's lock, held by a package manager Offramp did not start, gets the
    // usual clear "busy" failure, exit 4.
    void aProcessThatIsNotOursIsNotWaitedFor()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const KilledRemoval killed = removeKilledDuringKeslPrerm(root, journal);
        const pid_t dpkg = killed.dpkg;
        QVERIFY2(dpkg > 0, killed.cli->describe());
        std::string text = offramp::test::readFile(journal);
        const std::string startKey = "\"start_time\": ";
        const auto at = text.find(startKey);
        QVERIFY(at != std::string::npos);
        // Another start: another process.
        const std::size_t cut = at + startKey.size();
        offramp::test::writeFile(journal, text.substr(0, cut) + "1" + text.substr(cut));

        QElapsedTimer timer;
        timer.start();
        const auto busy = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                  QStringLiteral("--journal"), qPath(journal)});
        QVERIFY2(busy.exitCode == 4, busy.out + busy.err);
        QVERIFY2(timer.elapsed() < 20000, QByteArray::number(timer.elapsed()));
        QVERIFY2(!busy.out.contains("waiting"), busy.out);
        QVERIFY2(busy.out.contains("Another package manager is running: wait for it to finish, then run offramp-cli "
                                   "resume."),
                 busy.out);
        QString error;
        QCOMPARE(stepFor(readJournal(journal, &error), "kesl").value("problem").toString(), QStringLiteral("busy"));

        setScriptFlag(root, "wait", "kesl", false);
        // That dpkg finishes by itself (once ended, it may stay a zombie, which sessionProcesses leaves out).
        QVERIFY(QTest::qWaitFor([&] { return sessionProcesses(killed.cli->session()).empty(); }, 30000));
        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal)});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        QCOMPARE(keslPackages(root), QStringList());
    }

    void resumeSaysWhatDpkgLeftHalfDone()
    {
        // Killed in kesl's postrm, dpkg has deleted kesl's files and records it (in its updates/ folder, until
        // its next run folds them into the status file) as half-installed. The scan and the journal must say so.
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        setScriptFlag(root, "slow-postrm", "kesl", true);
        cutPowerDuring(root, journal, "kesl", "postrm");
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(dpkgPackages(root)["kesl"], QStringLiteral("purge ok half-installed"));
        const auto scan = runCli({QStringLiteral("scan"), QStringLiteral("--root"), qPath(root)});
        setScriptFlag(root, "slow-postrm", "kesl", false);

        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        QString error;
        const QJsonObject finished = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stepStates(finished), statesOf({"done", "done", "done"}));
        const QString gap = storyGap(
            eventsOf(finished),
            {"Interrupted while removing " + describeStep("kesl") + "; checking it again.",
             "The package manager had left kesl half-done (purge ok half-installed); removing it again completes it.",
             "Started: " + describeStep("kesl") + ".", "Finished: " + describeStep("kesl"),
             "Checked: Removed. A fresh scan finds nothing left."});
        QVERIFY2(gap.isEmpty(), qPrintable(gap));
        QVERIFY2(
            scan.out.contains("package kesl " + QByteArray::fromStdString(m_version) + " (purge ok half-installed)"),
            scan.out);
    }

    // While one removal runs, a second one on the same journal (a retry in the wizard, a resume in a terminal)
    // stops before it reads or runs anything; once the first is gone, even killed, the journal is free again.
    void aSecondRemovalStopsWhileTheFirstRuns()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        setScriptFlag(root, "slow", "kesl-gui", true);
        {
            CliInSession first({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"),
                                qPath(root), QStringLiteral("--journal"), qPath(journal)});
            QVERIFY(first.started());
            QVERIFY2(first.waitUntil([&] { return scriptStarts(root, "kesl-gui") == 1; }, 60000), first.describe());
            const std::string journalBefore = offramp::test::readFile(journal);
            for (const char* command : {"remove", "resume"}) {
                QStringList arguments{QString::fromLatin1(command), QStringLiteral("--root"), qPath(root),
                                      QStringLiteral("--journal"), qPath(journal)};
                if (QLatin1String(command) == QLatin1String("remove")) {
                    arguments << QStringLiteral("--yes");
                }
                const auto second = runCli(arguments);
                QCOMPARE(second.exitCode, 4);
                QVERIFY2(second.err.contains("another removal is using the journal " + qPath(journal).toUtf8() +
                                             ", so nothing was done"),
                         second.err);
                QCOMPARE(offramp::test::readFile(journal), journalBefore);
            }
            QCOMPARE(scriptStarts(root, "kesl-gui"), 1);
            killSession(first.session());
            QVERIFY(first.waitForFinished(20000));
        }
        setScriptFlag(root, "slow", "kesl-gui", false);
        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal)});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        QCOMPARE(keslPackages(root), QStringList());
    }

    void hungUninstallerIsStopped_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("json") << true;
        QTest::newRow("text") << false;
    }

    void hungUninstallerIsStopped()
    {
        QFETCH(bool, json);
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        setScriptFlag(root, "hang", "kesl-gui", true);
        const TreeDigest before = digestTree(root, false);
        const QString why = QStringLiteral("dpkg did not finish removing kesl-gui within 3 seconds and was stopped");

        QStringList arguments{
            QStringLiteral("remove"),    QStringLiteral("--yes"), QStringLiteral("--root"),    qPath(root),
            QStringLiteral("--journal"), qPath(journal),          QStringLiteral("--timeout"), QStringLiteral("3")};
        if (json) {
            arguments << QStringLiteral("--json");
        }
        CliInSession cli(arguments);
        expectGaveUpOnHungScript(cli, root, "kesl-gui", 3);
        if (QTest::currentTestFailed()) {
            return;
        }

        QString error;
        const QJsonObject failed = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (json) {
            QCOMPARE(parseObject(cli.out(), &error), failed);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        } else {
            QVERIFY2(cli.out().contains(("Failed: " + describeStep("kesl-gui") + " \u2014 " + why).toUtf8()),
                     cli.out());
            QVERIFY2(cli.out().contains("The removal did not finish. Nothing was lost"), cli.out());
        }
        QCOMPARE(failed.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(stepStates(failed), statesOf({"failed", "planned", "planned"}));
        const QJsonObject step = stepFor(failed, "kesl-gui");
        QCOMPARE(step.value("timed_out").toBool(), true);
        QCOMPARE(step.value("problem").toString(), QStringLiteral("timed-out"));
        QVERIFY2(step.value("message").toString().startsWith(why), qPrintable(step.value("message").toString()));
        QVERIFY2(step.value("message").toString().contains("offramp-cli resume"),
                 qPrintable(step.value("message").toString()));

        // Nothing lost: dpkg still holds all three with all their files, and the person's files are untouched.
        QCOMPARE(keslPackages(root).size(), 3);
        QCOMPARE(presentFiles(root, m_packages), allFiles());
        E2E_VERIFY_NO_CHANGES(treeChanges(before, digestTree(root, false), packagesOwn({}, {"var/lib/dpkg/"})));

        // Whatever it waited for is sorted out; resume finishes.
        setScriptFlag(root, "hang", "kesl-gui", false);
        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        const QJsonObject finished = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(stepStates(finished), statesOf({"done", "done", "done"}));
        QCOMPARE(stepFor(finished, "kesl-gui").value("attempts").toInt(), 2);
        QCOMPARE(stepFor(finished, "kesl-gui").value("timed_out").toBool(true), false);
        const QString gap = storyGap(
            eventsOf(finished),
            {"Started: " + describeStep("kesl-gui") + ".", "Failed: " + describeStep("kesl-gui") + " \u2014 " + why,
             "Checked: The removal did not finish.", "Resumed.", "Started: " + describeStep("kesl-gui") + ".",
             "Finished: " + describeStep("kesl-gui"), "Finished: " + describeStep("kesl"),
             "Finished: " + describeStep("klnagent64"), "Checked: Removed. A fresh scan finds nothing left."});
        QVERIFY2(gap.isEmpty(), qPrintable(gap));
        verifyAllGone(root, before);
    }

    void dryRunChangesNothing_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("yes");
        QTest::newRow("text, even with --yes") << false << true;
        QTest::newRow("json") << true << false;
    }

    void dryRunChangesNothing()
    {
        QFETCH(bool, json);
        QFETCH(bool, yes);
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const TreeDigest before = digestTree(root, true);

        QStringList arguments{QStringLiteral("remove"),    QStringLiteral("--dry-run"),
                              QStringLiteral("--root"),    qPath(root),
                              QStringLiteral("--journal"), qPath(journal)};
        if (json) {
            arguments << QStringLiteral("--json");
        }
        if (yes) {
            arguments << QStringLiteral("--yes");
        }
        const auto result = runCli(arguments);
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        if (json) {
            QString error;
            const QJsonObject plan = parseObject(result.out, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(plan.value("dry_run").toBool(), true);
            QStringList targets;
            for (const auto& value : plan.value("steps").toArray()) {
                QCOMPARE(value.toObject().value("action").toString(), QStringLiteral("remove-package"));
                targets << value.toObject().value("target").toString();
            }
            QCOMPARE(targets, kTargets);
        } else {
            const QString out = QString::fromUtf8(result.out);
            const auto gui = out.indexOf("1. remove the package kesl-gui (Kaspersky Endpoint Security for Linux)");
            const auto kesl = out.indexOf("2. remove the package kesl (Kaspersky Endpoint Security for Linux)");
            const auto agent =
                out.indexOf("3. remove the package klnagent64 (Kaspersky Security Center Network Agent)");
            QVERIFY2(gui >= 0 && gui < kesl && kesl < agent, qPrintable(out));
            QVERIFY2(out.contains("Dry run: nothing was changed."), qPrintable(out));
        }
        E2E_VERIFY_NO_CHANGES(treeChanges(before, digestTree(root, true)));
        QVERIFY(!fs::exists(journal));
        QVERIFY(!fs::exists(journal.parent_path()));
        QCOMPARE(scriptStarts(root, "kesl-gui") + scriptStarts(root, "kesl") + scriptStarts(root, "klnagent64"), 0);
        QCOMPARE(keslPackages(root).size(), 3);
    }

    void removeWithoutYesChangesNothing()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const TreeDigest before = digestTree(root, true);
        const auto result = runCli({QStringLiteral("remove"), QStringLiteral("--root"), qPath(root),
                                    QStringLiteral("--journal"), qPath(journal)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("confirm with --yes") && result.err.contains("nothing was changed"), result.err);
        QVERIFY(result.out.isEmpty());
        E2E_VERIFY_NO_CHANGES(treeChanges(before, digestTree(root, true)));
        QVERIFY(!fs::exists(journal));
    }

    // dpkg crashes (ends by a signal) in the middle of kesl-gui's removal: the step fails as crashed, with no exit
    // code, and a message that says what that means and what to do; resume finishes the half-removed package.
    void aCrashingDpkgFailsItsStepAndResumeFinishes()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const TreeDigest before = digestTree(root, false);
        setScriptFlag(root, "crash", "kesl-gui", true);
        const auto result = runCli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"),
                                    qPath(root), QStringLiteral("--journal"), qPath(journal)});
        QCOMPARE(result.exitCode, 4);
        const QString why = QStringLiteral(
            "dpkg ended abruptly (signal 11, Segmentation fault) while removing kesl-gui, so the package may be left "
            "half-removed. Nothing else was changed; run offramp-cli resume, which checks the package and removes it "
            "again.");
        QVERIFY2(result.out.contains(("Failed: " + describeStep("kesl-gui") + " \u2014 " + why + "\n").toUtf8()),
                 result.out);
        QString error;
        const QJsonObject failed = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stepStates(failed), statesOf({"failed", "planned", "planned"}));
        const QJsonObject step = stepFor(failed, "kesl-gui");
        QCOMPARE(step.value("problem").toString(), QStringLiteral("crashed"));
        QVERIFY(step.value("exit_code").isNull());
        QCOMPARE(step.value("message").toString(), why);
        QCOMPARE(scriptStarts(root, "kesl-gui"), 1);
        // What dpkg printed before it crashed is kept for whoever looks into it, and the output says where.
        const fs::path log = journal.parent_path() / "journal.kesl-gui.1.log";
        QVERIFY2(fs::is_regular_file(log), qPrintable(folderEntries(journal.parent_path()).join(", ")));
        QVERIFY2(result.out.contains(
                     ("What the removal of " + describeStep("kesl-gui") + " printed is kept in " + qPath(log) + ".\n")
                         .toUtf8()),
                 result.out);

        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal)});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        QCOMPARE(scriptStarts(root, "kesl-gui"), 2);
        verifyAllGone(root, before);
        // Once the step has worked, both runs' files are deleted.
        QCOMPARE(folderEntries(journal.parent_path()),
                 QStringList({QStringLiteral("journal.json"), QStringLiteral("journal.json.lock")}));
    }

    void resumeWithoutAJournalIsBadInput()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const TreeDigest before = digestTree(root, true);
        const auto result = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                    QStringLiteral("--journal"), qPath(journal)});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err, ("offramp-cli: resume: there is no removal journal at " + journal.string() +
                              ", so there is nothing to resume\n")
                                 .c_str());
        E2E_VERIFY_NO_CHANGES(treeChanges(before, digestTree(root, true)));
        QVERIFY(!fs::exists(journal));
        QCOMPARE(keslPackages(root).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestE2eRemoveDpkg)
#include "tst_e2e_remove_dpkg.moc"
