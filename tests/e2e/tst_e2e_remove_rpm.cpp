// SPDX-License-Identifier: GPL-3.0-or-later
// offramp-cli remove and resume from start to end on real rpm packages: kesl and klnagent64 built here with
// rpmbuild and installed with rpm into a test root whose database is in /var/lib/rpm, as on Fedora or RHEL.
// rpm runs scriptlets chrooted into the root, where there is no shell, so the packages' %preun is written in
// rpm's built-in Lua: it logs that it started and, while the test's flag file says so, sleeps (posix.sleep).
// rpm and rpmbuild are required (scripts/setup-debian.sh installs them); without them the test fails.
#include "E2eSupport.h"
#include "TestSupport.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

using namespace offramp::e2e;
using offramp::test::qPath;
using offramp::test::runCli;

namespace {

const QStringList kTargets{QStringLiteral("kesl"), QStringLiteral("klnagent64")};

QStringList statesOf(const QStringList& states)
{
    QStringList lines;
    for (qsizetype i = 0; i < kTargets.size(); ++i) {
        lines << kTargets[i] + QLatin1Char(':') + states[i];
    }
    return lines;
}

QString describeStep(const QString& target)
{
    return target == QStringLiteral("kesl")
               ? QStringLiteral("package kesl of Kaspersky Endpoint Security for Linux")
               : QStringLiteral("package klnagent64 of Kaspersky Security Center Network Agent");
}

} // namespace

class TestE2eRemoveRpm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_base;
    std::vector<TestPackage> m_packages;
    std::vector<fs::path> m_rpms;
    int m_roots = 0;

    fs::path freshRoot()
    {
        const fs::path root = m_base / ("root-" + std::to_string(++m_roots));
        rpmInstall(root, m_rpms);
        writeUserFiles(root);
        return root;
    }
    fs::path journalPath() const { return m_base / ("journal-" + std::to_string(m_roots)) / "journal.json"; }

    static QStringList keslPackages(const fs::path& root)
    {
        QStringList held = rpmPackages(root);
        held.removeIf([](const QString& name) { return !kTargets.contains(name); });
        return held;
    }

    // After a removal: rpm holds neither, their files are gone, a scan is clean, nothing else changed.
    void verifyAllGone(const fs::path& root, const TreeDigest& before)
    {
        QCOMPARE(keslPackages(root), QStringList());
        QCOMPARE(presentFiles(root, m_packages), QStringList());
        const ScanOutcome scan = scanRoot(root);
        QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
        QCOMPARE(scan.products, QStringList());
        QCOMPARE(scan.exitCode, 0);
        E2E_VERIFY_NO_CHANGES(treeChanges(before, digestTree(root, false), packagesOwn(m_packages, {"var/lib/rpm/"})));
    }

    // remove --yes --root ROOT --journal JOURNAL --json [more], in a session of its own.
    QStringList removeArguments(const fs::path& root, const fs::path& journal) const
    {
        return {QStringLiteral("remove"),    QStringLiteral("--yes"), QStringLiteral("--root"), qPath(root),
                QStringLiteral("--journal"), qPath(journal),          QStringLiteral("--json")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = fs::path(m_dir.path().toStdString());
        m_packages = kasperskyPackages("12.1.0.e2e" + std::to_string(::getpid()) + "-1297", false);
        try {
            for (const auto& package : m_packages) {
                m_rpms.push_back(buildRpm(m_base / "rpmbuild", package));
            }
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
    }

    void theRootHoldsBoth()
    {
        const fs::path root = freshRoot();
        QCOMPARE(keslPackages(root), kTargets);
        QCOMPARE(presentFiles(root, m_packages).size(), qsizetype{6});
        QCOMPARE(scanRoot(root).exitCode, 1);
    }

    void removesEverythingInOneRun()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const TreeDigest before = digestTree(root, false);

        const auto result = runCli(removeArguments(root, journal));
        QString error;
        const QJsonObject written = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        QCOMPARE(parseObject(result.out, &error), written);
        QCOMPARE(written.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(stepStates(written), statesOf({"done", "done"}));
        for (const QString& target : kTargets) {
            const QJsonObject step = stepFor(written, target);
            QCOMPARE(step.value("attempts").toInt(), 1);
            QCOMPARE(step.value("exit_code").toInt(-1), 0);
            const QString command = step.value("command").toString();
            QVERIFY2(command.startsWith("rpm --root=" + qPath(root) + " ") && command.endsWith(" --erase " + target),
                     qPrintable(command));
            QCOMPARE(scriptStarts(root, target), 1);
        }
        const QString gap = storyGap(
            eventsOf(written), {"Removal planned on the Linux files under " + qPath(root) + ": 2 steps.",
                                "Started: " + describeStep("kesl"), "Finished: " + describeStep("kesl"),
                                "Started: " + describeStep("klnagent64"), "Finished: " + describeStep("klnagent64"),
                                "Checked: Removed. A fresh scan finds nothing left."});
        QVERIFY2(gap.isEmpty(), qPrintable(gap));
        verifyAllGone(root, before);
    }

    void killedMidRemovalResumes_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("statesAtKill");
        QTest::newRow("during kesl's %preun") << "kesl" << statesOf({"running", "planned"});
        QTest::newRow("during klnagent64's %preun") << "klnagent64" << statesOf({"done", "running"});
    }

    void killedMidRemovalResumes()
    {
        QFETCH(QString, target);
        QFETCH(QStringList, statesAtKill);
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        setScriptFlag(root, "slow", target, true);
        const TreeDigest before = digestTree(root, false);

        {
            CliInSession cli(removeArguments(root, journal));
            QVERIFY(cli.started());
            QVERIFY2(cli.waitUntil([&] { return scriptStarts(root, target) == 1; }, 60000), cli.describe());
            const auto killed = killSession(cli.session());
            QVERIFY(cli.waitForFinished(20000));
            QVERIFY(cli.crashed());
            QVERIFY2(sessionProcesses(cli.session()).empty(),
                     qPrintable(describeProcesses(sessionProcesses(cli.session()))));
            QVERIFY2(std::ranges::any_of(killed,
                                         [&](const ProcessInfo& process) {
                                             return process.name == "rpm" && process.group != cli.session();
                                         }),
                     qPrintable(describeProcesses(killed)));
        }

        QString error;
        const QJsonObject interrupted = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(interrupted.value("status").toString(), QStringLiteral("running"));
        QCOMPARE(stepStates(interrupted), statesAtKill);
        // The journal, its lock file (the lock itself died with the process) and the output file of each step that
        // ran; no temporary file is left.
        QStringList entries{QStringLiteral("journal.json"), QStringLiteral("journal.json.lock")};
        for (qsizetype i = 0; i <= kTargets.indexOf(target); ++i) {
            entries << QStringLiteral("journal.%1.1.log").arg(kTargets[i]);
        }
        entries.sort();
        QCOMPARE(folderEntries(journal.parent_path()), entries);
        QVERIFY2(keslPackages(root).contains(target), qPrintable(keslPackages(root).join(", ")));

        setScriptFlag(root, "slow", target, false);
        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        const QJsonObject finished = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parseObject(resumed.out, &error), finished);
        QCOMPARE(finished.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(stepStates(finished), statesOf({"done", "done"}));
        QCOMPARE(stepFor(finished, target).value("attempts").toInt(), 2);
        for (const QString& name : kTargets) {
            QCOMPARE(scriptStarts(root, name), name == target ? 2 : 1);
        }
        const QStringList events = eventsOf(finished);
        const QString gap =
            storyGap(events, {"Started: " + describeStep(target) + ".", "Resumed: the previous run was interrupted.",
                              "Interrupted while removing " + describeStep(target) + "; checking it again.",
                              "Started: " + describeStep(target) + ".", "Finished: " + describeStep(target),
                              "Checked: Removed. A fresh scan finds nothing left."});
        QVERIFY2(gap.isEmpty(), qPrintable(gap));
        QCOMPARE(countStarting(events, "Failed"), 0);
        verifyAllGone(root, before);
    }

    void hungUninstallerIsStopped()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        setScriptFlag(root, "hang", "kesl", true);
        const TreeDigest before = digestTree(root, false);

        CliInSession cli(removeArguments(root, journal) << QStringLiteral("--timeout") << QStringLiteral("3"));
        expectGaveUpOnHungScript(cli, root, "kesl", 3);
        if (QTest::currentTestFailed()) {
            return;
        }

        QString error;
        const QJsonObject failed = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parseObject(cli.out(), &error), failed);
        QCOMPARE(failed.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(stepStates(failed), statesOf({"failed", "planned"}));
        const QJsonObject step = stepFor(failed, "kesl");
        QCOMPARE(step.value("timed_out").toBool(), true);
        QCOMPARE(step.value("problem").toString(), QStringLiteral("timed-out"));
        QVERIFY2(step.value("message").toString().startsWith(
                     "rpm did not finish removing kesl within 3 seconds and was stopped"),
                 qPrintable(step.value("message").toString()));
        QCOMPARE(keslPackages(root), kTargets);
        QCOMPARE(presentFiles(root, m_packages).size(), qsizetype{6});
        E2E_VERIFY_NO_CHANGES(treeChanges(before, digestTree(root, false), packagesOwn({}, {"var/lib/rpm/"})));

        setScriptFlag(root, "hang", "kesl", false);
        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        const QJsonObject finished = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stepStates(finished), statesOf({"done", "done"}));
        QCOMPARE(stepFor(finished, "kesl").value("attempts").toInt(), 2);
        verifyAllGone(root, before);
    }

    // rpm crashes (ends by a signal) in the middle of kesl's removal: the step fails as crashed, with no exit code
    // and a message that says what that means and what to do; resume removes kesl again and finishes.
    void aCrashingRpmFailsItsStepAndResumeFinishes()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const TreeDigest before = digestTree(root, false);
        setScriptFlag(root, "crash", "kesl", true);
        const auto result = runCli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"),
                                    qPath(root), QStringLiteral("--journal"), qPath(journal)});
        QCOMPARE(result.exitCode, 4);
        const QString why = QStringLiteral(
            "rpm ended abruptly (signal 11, Segmentation fault) while removing kesl, so the package may be left "
            "half-removed. Nothing else was changed; run offramp-cli resume, which checks the package and removes it "
            "again.");
        QVERIFY2(result.out.contains(("Failed: " + describeStep("kesl") + " \u2014 " + why + "\n").toUtf8()),
                 result.out + result.err);
        QString error;
        const QJsonObject failed = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(failed.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(stepStates(failed), statesOf({"failed", "planned"}));
        const QJsonObject step = stepFor(failed, "kesl");
        QCOMPARE(step.value("problem").toString(), QStringLiteral("crashed"));
        QVERIFY(step.value("exit_code").isNull());
        QCOMPARE(step.value("message").toString(), why);
        QCOMPARE(scriptStarts(root, "kesl"), 1);
        QCOMPARE(scriptStarts(root, "klnagent64"), 0);
        QCOMPARE(keslPackages(root), kTargets);

        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(journal)});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        const QJsonObject finished = readJournal(journal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stepStates(finished), statesOf({"done", "done"}));
        QCOMPARE(stepFor(finished, "kesl").value("attempts").toInt(), 2);
        QCOMPARE(scriptStarts(root, "kesl"), 2);
        verifyAllGone(root, before);
    }

    void dryRunChangesNothing()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const TreeDigest before = digestTree(root, true);
        const auto result =
            runCli({QStringLiteral("remove"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                    QStringLiteral("--root"), qPath(root), QStringLiteral("--journal"), qPath(journal)});
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        QString error;
        const QJsonObject plan = parseObject(result.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plan.value("dry_run").toBool(), true);
        QStringList targets;
        for (const auto& value : plan.value("steps").toArray()) {
            targets << value.toObject().value("target").toString();
        }
        QCOMPARE(targets, kTargets);
        // Reading the database rewrites SQLite's shared-memory index, and nothing else.
        E2E_VERIFY_NO_CHANGES(treeChanges(before, digestTree(root, true), sqliteSharedMemory));
        QVERIFY(!fs::exists(journal));
        QCOMPARE(scriptStarts(root, "kesl") + scriptStarts(root, "klnagent64"), 0);
        QCOMPARE(keslPackages(root), kTargets);
    }
};

QTEST_GUILESS_MAIN(TestE2eRemoveRpm)
#include "tst_e2e_remove_rpm.moc"
