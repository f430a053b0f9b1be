// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's Remove page on a real removal, not a demo: kesl-gui, kesl and klnagent64 installed with dpkg in
// a test root, removed by the real offramp-cli that the page starts (directly, not through pkexec, with
// --root). The page shows the plan in order, follows the journal step by step while dpkg works, reports a
// step that failed with its reason, retries through resume, and ends with dpkg holding none of them. Opened
// again after a removal was killed while dpkg worked, it resumes, waits for that dpkg, and finishes.
#include "E2eSupport.h"
#include "TestSupport.h"
#include "engine/CatalogLoader.h"
#include "engine/Detector.h"
#include "engine/Watchlist.h"
#include "platform/linux/LinuxProbe.h"
#include "wizard/MigrationWizard.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace offramp::e2e;
using offramp::test::qPath;

namespace {

// The wizard opened at the Remove page for the Linux files under `root`, as the Scan page would leave it.
struct RealRemoval
{
    RealRemoval(const fs::path& root, const fs::path& journal, const QStringList& extraArguments = {})
        : state(offramp::CatalogLoader::loadEmbedded())
    {
        state.setJurisdiction(QStringLiteral("US"));
        state.setToday(QDate(2026, 11, 23));
        offramp::platform::LinuxProbe probe(root);
        const auto facts = probe.probe(offramp::Watchlist(state.catalog(), offramp::Platform::Linux));
        state.setScanResult(offramp::detect(state.catalog(), facts), offramp::Platform::Linux,
                            QStringLiteral("the Linux files under ") + qPath(root));
        state.setRemovalProgram(QStringLiteral(OFFRAMP_CLI_PATH));
        state.setElevateRemoval(false);
        state.setRemovalExtraArguments(QStringList{QStringLiteral("--root"), qPath(root)} + extraArguments);
        state.setJournalPath(qPath(journal));
        wizard = std::make_unique<MigrationWizard>(&state);
        wizard->setStartId(MigrationWizard::RemovePageId);
        wizard->show();
        plan = page()->findChild<QListWidget*>(QStringLiteral("removalPlan"));
        consent = page()->findChild<QCheckBox*>(QStringLiteral("removalConsent"));
        start = page()->findChild<QAbstractButton*>(QStringLiteral("startRemoval"));
        progress = page()->findChild<QProgressBar*>(QStringLiteral("removalProgress"));
        status = page()->findChild<QLabel*>(QStringLiteral("removalStatus"));
    }
    ~RealRemoval()
    {
        wizard.reset();
        QThreadPool::globalInstance()->waitForDone(60000);
    }
    RealRemoval(const RealRemoval&) = delete;
    RealRemoval& operator=(const RealRemoval&) = delete;

    QWizardPage* page() const { return wizard->currentPage(); }
    QString row(int index) const { return plan->item(index)->text(); }

    WizardState state;
    std::unique_ptr<MigrationWizard> wizard;
    QListWidget* plan = nullptr;
    QCheckBox* consent = nullptr;
    QAbstractButton* start = nullptr;
    QProgressBar* progress = nullptr;
    QLabel* status = nullptr;
};

} // namespace

class TestE2eWizardRemove : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_base;
    std::vector<fs::path> m_debs;
    int m_roots = 0;

    fs::path freshRoot()
    {
        const fs::path root = m_base / ("root-" + std::to_string(++m_roots));
        makeDpkgRoot(root);
        dpkgInstall(root, m_debs);
        return root;
    }
    fs::path journalPath() const { return m_base / ("journal-" + std::to_string(m_roots)) / "journal.json"; }

    // Every package is gone, the damaged file kept as it was beside the new journal, which says "done".
    static void verifyRemovedWithTheDamagedFileAside(const fs::path& root, const fs::path& journal,
                                                     const QByteArray& damaged)
    {
        for (const QString& name : {QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")}) {
            QCOMPARE(dpkgPackages(root).count(name), std::size_t{0});
        }
        fs::path aside = journal;
        aside += ".damaged";
        QCOMPARE(QByteArray::fromStdString(offramp::test::readFile(aside)), damaged);
        QString error;
        QCOMPARE(readJournal(journal, &error).value("status").toString(), QStringLiteral("done"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The page says, as offramp-cli does, where the file that was no journal was kept and that nothing was lost.
    static void verifySaidKeptAside(RealRemoval& r, const fs::path& journal)
    {
        fs::path aside = journal;
        aside += ".damaged";
        auto* note = r.page()->findChild<QLabel*>(QStringLiteral("removalKeptAside"));
        QVERIFY(note != nullptr);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("The file at the place of the removal’s record, “") + qPath(journal) +
                                   QStringLiteral("”, was not a record Offramp can read. Offramp did not write over "
                                                  "it: it is kept, unchanged, as “") +
                                   qPath(aside) + QStringLiteral("”, and a new record was started. Nothing was lost."));
    }

    // The page says that another removal runs and that nothing was changed; it is not complete, and no step has a
    // result.
    static void verifySaidAnotherRemovalRuns(RealRemoval& r)
    {
        QCOMPARE(r.status->text(),
                 QStringLiteral("Another removal is already running on this computer (in another Offramp window, or "
                                "offramp-cli in a terminal), so this one did not start: nothing was changed and "
                                "nothing is lost. Wait until it has finished, then press Remove now again."));
        QVERIFY(!r.page()->isComplete());
        for (int row = 0; row < 3; ++row) {
            QVERIFY2(!r.row(row).contains(QStringLiteral(" — ")), qPrintable(r.row(row)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = fs::path(m_dir.path().toStdString());
        const std::string version = "12.1.0.1297+gui" + std::to_string(::getpid()) + "-1";
        try {
            offramp::test::requireTool("dpkg-query");
            for (const auto& package : kasperskyPackages(version, true)) {
                m_debs.push_back(buildDeb(m_base / "build", package));
            }
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
    }

    void followsTheJournalStepByStep()
    {
        const fs::path root = freshRoot();
        RealRemoval r(root, journalPath());
        QCOMPARE(r.wizard->currentId(), int(MigrationWizard::RemovePageId));
        QCOMPARE(r.plan->count(), 3);
        QCOMPARE(r.row(0), QStringLiteral("1. Remove the package kesl-gui (Kaspersky Endpoint Security for Linux)"));
        QCOMPARE(r.row(1), QStringLiteral("2. Remove the package kesl (Kaspersky Endpoint Security for Linux)"));
        QCOMPARE(r.row(2),
                 QStringLiteral("3. Remove the package klnagent64 (Kaspersky Security Center Network Agent)"));
        QVERIFY(!r.page()->isComplete());
        QVERIFY2(!r.status->text().contains(QStringLiteral("demonstration")), qPrintable(r.status->text()));
        // Nothing starts without consent.
        QVERIFY(!r.start->isEnabled());
        r.consent->setChecked(true);
        QVERIFY(r.start->isEnabled());

        // kesl's prerm waits until the test lets it go: the page must show the first step done, the second
        // under way, the third planned.
        setScriptFlag(root, "wait", "kesl", true);
        r.start->click();
        QVERIFY(!r.start->isEnabled());
        QVERIFY2(QTest::qWaitFor([&] { return r.row(1).endsWith(QStringLiteral(" — removing…")); }, 60000),
                 qPrintable(r.row(1)));
        QVERIFY2(r.row(0).endsWith(QStringLiteral(" — removed")), qPrintable(r.row(0)));
        QVERIFY2(!r.row(2).contains(QStringLiteral(" — ")), qPrintable(r.row(2)));
        QCOMPARE(r.progress->maximum(), 3);
        QCOMPARE(r.progress->value(), 1);
        QVERIFY(!r.page()->isComplete());
        QCOMPARE(dpkgPackages(root).count(QStringLiteral("kesl-gui")), std::size_t{0});

        setScriptFlag(root, "wait", "kesl", false);
        QVERIFY2(QTest::qWaitFor([&] { return r.page()->isComplete(); }, 60000), qPrintable(r.status->text()));
        for (int row = 0; row < 3; ++row) {
            QVERIFY2(r.row(row).endsWith(QStringLiteral(" — removed")), qPrintable(r.row(row)));
        }
        QCOMPARE(r.progress->value(), 3);
        // Two products: Endpoint Security (kesl-gui and kesl) and the Network Agent. No translator is loaded here.
        QCOMPARE(r.status->text(),
                 QStringLiteral("Done: 2 product(s) removed. The next page checks this computer again."));
        QVERIFY(r.wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(r.state.removedProducts().contains(QStringLiteral("kaspersky-endpoint-security-linux")));
        QVERIFY(r.state.removedProducts().contains(QStringLiteral("kaspersky-security-center-network-agent")));
        QVERIFY(!r.state.restartPending());
        for (const QString& name : {QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")}) {
            QCOMPARE(dpkgPackages(root).count(name), std::size_t{0});
        }
        QString error;
        QCOMPARE(readJournal(journalPath(), &error).value("status").toString(), QStringLiteral("done"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The removal was killed (SIGKILL to offramp-cli's process group) while dpkg ran kesl's prerm; dpkg, in a
    // group of its own, goes on. The wizard, opened again, says the removal was interrupted; Remove now resumes
    // it, shows that it waits for the uninstaller still running, then finishes.
    void reopenedAfterAKillWaitsForTheUninstallerStillRunning()
    {
        const fs::path root = freshRoot();
        setScriptFlag(root, "wait", "kesl", true);
        // Kept until the end: on failure its session, dpkg included, is killed.
        CliInSession killed({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"), qPath(root),
                             QStringLiteral("--journal"), qPath(journalPath())});
        QVERIFY(killed.started());
        const auto dpkgRunning = [&] {
            return std::ranges::any_of(sessionProcesses(killed.session()),
                                       [](const ProcessInfo& process) { return process.name == "dpkg"; });
        };
        QVERIFY2(killed.waitUntil([&] { return scriptStarts(root, "kesl") == 1 && dpkgRunning(); }, 60000),
                 killed.describe());
        ::kill(-killed.session(), SIGKILL);
        QVERIFY(killed.waitForFinished(20000));
        QVERIFY(dpkgRunning());

        RealRemoval r(root, journalPath());
        QCOMPARE(r.plan->count(), 2);
        QCOMPARE(r.status->text(), QStringLiteral("An earlier removal was interrupted before it could finish. Press "
                                                  "Remove now to finish it: Offramp starts where it stopped."));
        r.consent->setChecked(true);
        r.start->click();
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return r.row(0).endsWith(QStringLiteral(" — waiting for the uninstaller started before…")); },
                60000),
            qPrintable(r.row(0) + QLatin1Char('\n') + r.status->text()));
        QCOMPARE(r.status->text(), QStringLiteral("The uninstaller that Offramp started before is still running: "
                                                  "waiting for it to finish (at most 30 minute(s)). Please keep the "
                                                  "computer on."));
        QVERIFY(!r.page()->isComplete());
        QCOMPARE(scriptStarts(root, "klnagent64"), 0);

        setScriptFlag(root, "wait", "kesl", false);
        QVERIFY2(QTest::qWaitFor([&] { return r.page()->isComplete(); }, 60000), qPrintable(r.status->text()));
        QCOMPARE(r.status->text(),
                 QStringLiteral("Done: 2 product(s) removed. The next page checks this computer again."));
        for (int row = 0; row < 2; ++row) {
            QVERIFY2(r.row(row).endsWith(QStringLiteral(" — removed")), qPrintable(r.row(row)));
        }
        for (const QString& name : {QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")}) {
            QCOMPARE(dpkgPackages(root).count(name), std::size_t{0});
        }
        QString error;
        const QJsonObject finished = readJournal(journalPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(countStarting(eventsOf(finished), QStringLiteral("The uninstaller that Offramp started before")), 2);
        QCOMPARE(scriptStarts(root, "kesl"), 1);
    }

    // The person dismisses the administrator prompt: nothing is removed, no journal is started, the page says
    // so and lets them try again; the second time the prompt is answered and the removal runs.
    void aDeclinedPromptRemovesNothingAndCanBeRetried()
    {
        const fs::path root = freshRoot();
        const fs::path bin = m_base / "bin";
        const fs::path decline = bin / "decline";
        // A stand-in for pkexec: 126 is pkexec's own code for a dismissed prompt; once answered, it runs the program.
        offramp::test::writeFile(bin / "pkexec",
                                 "#!/bin/sh\n[ -e '" + decline.string() + "' ] && exit 126\nexec \"$@\"\n");
        fs::permissions(bin / "pkexec", fs::perms::owner_all);
        offramp::test::writeFile(decline, "");
        const QByteArray savedPath = qgetenv("PATH");
        qputenv("PATH", QByteArray::fromStdString(bin.string()) + ':' + savedPath);
        const auto restorePath = qScopeGuard([&savedPath] { qputenv("PATH", savedPath); });

        RealRemoval r(root, journalPath());
        r.state.setElevateRemoval(true);
        r.consent->setChecked(true);
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.start->isEnabled(); }, 60000), qPrintable(r.status->text()));
        QCOMPARE(r.status->text(), QStringLiteral("Nothing was removed: the administrator password was not given. "
                                                  "Press Remove now to try again."));
        QVERIFY(!r.page()->isComplete());
        QVERIFY(!fs::exists(journalPath()));
        for (int row = 0; row < 3; ++row) {
            QVERIFY2(!r.row(row).contains(QStringLiteral(" — ")), qPrintable(r.row(row)));
        }
        for (const QString& name : {QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")}) {
            QCOMPARE(dpkgPackages(root).count(name), std::size_t{1});
        }

        fs::remove(decline);
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.status->text().startsWith(QStringLiteral("Done: ")); }, 60000),
                 qPrintable(r.status->text()));
        for (const QString& name : {QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")}) {
            QCOMPARE(dpkgPackages(root).count(name), std::size_t{0});
        }
    }

    // A hung prerm is stopped by the time-out: the page says which step failed and why, and offers to try
    // again; the retry resumes the same journal and finishes.
    void aFailedStepCanBeRetried()
    {
        const fs::path root = freshRoot();
        RealRemoval r(root, journalPath(), {QStringLiteral("--timeout"), QStringLiteral("2")});
        setScriptFlag(root, "hang", "kesl", true);
        r.consent->setChecked(true);
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.page()->isComplete(); }, 60000), qPrintable(r.status->text()));
        QVERIFY2(r.status->text().startsWith(QStringLiteral("The removal did not finish. Removing the package kesl "
                                                            "did not finish in time and was stopped")),
                 qPrintable(r.status->text()));
        // The journal's own words come last and apart, for a technician.
        QVERIFY2(r.status->text().contains(QStringLiteral("to check this computer.\n\nDetails for a technician: dpkg "
                                                          "did not finish removing kesl within 2 seconds")),
                 qPrintable(r.status->text()));
        QVERIFY2(r.status->text().contains(QStringLiteral("Nothing was lost.")), qPrintable(r.status->text()));
        QVERIFY2(r.row(0).endsWith(QStringLiteral(" — removed")), qPrintable(r.row(0)));
        QVERIFY2(r.row(1).endsWith(QStringLiteral(" — did not work")), qPrintable(r.row(1)));
        QVERIFY(!r.state.removedProducts().contains(QStringLiteral("kaspersky-endpoint-security-linux")));
        QVERIFY(r.start->isEnabled());
        QString error;
        const QJsonObject failed = readJournal(journalPath(), &error);
        QCOMPARE(failed.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(stepFor(failed, QStringLiteral("kesl")).value("problem").toString(), QStringLiteral("timed-out"));

        setScriptFlag(root, "hang", "kesl", false);
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.status->text().startsWith(QStringLiteral("Done: ")); }, 60000),
                 qPrintable(r.status->text()));
        for (int row = 0; row < 3; ++row) {
            QVERIFY2(r.row(row).endsWith(QStringLiteral(" — removed")), qPrintable(r.row(row)));
        }
        const QJsonObject finished = readJournal(journalPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(countStarting(eventsOf(finished), QStringLiteral("Resumed")), 1);
        QCOMPARE(stepFor(finished, QStringLiteral("kesl")).value("attempts").toInt(), 2);
        QCOMPARE(stepFor(finished, QStringLiteral("kesl")).value("problem").toString(), QString());
        for (const QString& name : {QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")}) {
            QCOMPARE(dpkgPackages(root).count(name), std::size_t{0});
        }
    }

    // A file at the journal's place that is no journal Offramp can read (cut short by a power cut, or another
    // file): the page does not take it for an interrupted removal; Remove now starts a new removal, which keeps
    // the file aside, byte for byte, as journal.json.damaged, and removes everything.
    void aDamagedJournalIsKeptAsideAndANewRemovalRuns_data()
    {
        QTest::addColumn<QByteArray>("damaged");
        QTest::newRow("cut short") << QByteArray("{\"kind\": \"offramp-removal-journal\", \"schema_version\": 1, \"st");
        QTest::newRow("another file") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF\0 a photo", 19);
    }

    void aDamagedJournalIsKeptAsideAndANewRemovalRuns()
    {
        QFETCH(QByteArray, damaged);
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        offramp::test::writeFile(journal, damaged.toStdString());

        RealRemoval r(root, journal);
        QCOMPARE(r.plan->count(), 3);
        QCOMPARE(r.status->text(), QStringLiteral("When you press Remove now, your system asks for the administrator "
                                                  "password. The removal can take several minutes; do not turn the "
                                                  "computer off."));
        r.consent->setChecked(true);
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.page()->isComplete(); }, 60000), qPrintable(r.status->text()));
        QCOMPARE(r.status->text(),
                 QStringLiteral("Done: 2 product(s) removed. The next page checks this computer again."));
        verifyRemovedWithTheDamagedFileAside(root, journal, damaged);
        verifySaidKeptAside(r, journal);
    }

    // The journal of a removal that failed is damaged before Remove now is pressed again: resume cannot read it,
    // so the page starts a new removal, which keeps the file aside and finishes what is left.
    void aJournalDamagedBeforeARetryIsKeptAsideAndTheRetryFinishes()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        RealRemoval r(root, journal, {QStringLiteral("--timeout"), QStringLiteral("2")});
        setScriptFlag(root, "hang", "kesl", true);
        r.consent->setChecked(true);
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.page()->isComplete(); }, 60000), qPrintable(r.status->text()));
        QVERIFY2(r.status->text().startsWith(QStringLiteral("The removal did not finish.")),
                 qPrintable(r.status->text()));
        QVERIFY(r.start->isEnabled());

        const QByteArray damaged("\0\0\0\0 not a journal any more", 27);
        offramp::test::writeFile(journal, damaged.toStdString());
        setScriptFlag(root, "hang", "kesl", false);
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.status->text().startsWith(QStringLiteral("Done: ")); }, 60000),
                 qPrintable(r.status->text()));
        verifyRemovedWithTheDamagedFileAside(root, journal, damaged);
        verifySaidKeptAside(r, journal);
    }

    // offramp-cli remove runs in a terminal (kesl's prerm waiting) when the person presses Remove now: the page
    // says that another removal is running and that nothing was changed; it starts no uninstaller, leaves the
    // other removal's journal as it was, and lets the person press Remove now again. The other removal finishes.
    void anotherRemovalHoldingTheJournalChangesNothing()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        RealRemoval r(root, journal);
        QCOMPARE(r.plan->count(), 3);

        setScriptFlag(root, "wait", "kesl", true);
        CliInSession other({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--root"), qPath(root),
                            QStringLiteral("--journal"), qPath(journal)});
        QVERIFY(other.started());
        QVERIFY2(other.waitUntil([&] { return scriptStarts(root, "kesl") == 1; }, 60000), other.describe());
        const std::string journalBefore = offramp::test::readFile(journal);

        r.consent->setChecked(true);
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.start->isEnabled(); }, 60000), qPrintable(r.status->text()));
        verifySaidAnotherRemovalRuns(r);
        QVERIFY(r.consent->isEnabled());
        QCOMPARE(r.progress->value(), 0);
        QVERIFY(r.state.removedProducts().isEmpty());
        QCOMPARE(offramp::test::readFile(journal), journalBefore);
        QCOMPARE(scriptStarts(root, "kesl"), 1);
        QCOMPARE(scriptStarts(root, "klnagent64"), 0);
        QCOMPARE(dpkgPackages(root).count(QStringLiteral("kesl")), std::size_t{1});
        QCOMPARE(dpkgPackages(root).count(QStringLiteral("klnagent64")), std::size_t{1});

        setScriptFlag(root, "wait", "kesl", false);
        QVERIFY2(other.waitForFinished(60000), other.describe());
        QVERIFY2(other.exitCode() == 0, other.describe());
        QString error;
        QCOMPARE(readJournal(journal, &error).value("status").toString(), QStringLiteral("done"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(scriptStarts(root, "kesl"), 1);
        for (const QString& name : {QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")}) {
            QCOMPARE(dpkgPackages(root).count(name), std::size_t{0});
        }
    }

    // Another removal takes the journal while the administrator prompt is open (a stand-in for pkexec takes its lock
    // with flock(1), as offramp-cli's own lock is, before it starts offramp-cli): offramp-cli stops with exit code 4,
    // and the page, which asks the lock again, says that another removal is running; no journal is written, nothing
    // is removed. Once that one has let go, Remove now removes everything.
    void anotherRemovalTakingTheJournalDuringThePromptChangesNothing()
    {
        const fs::path root = freshRoot();
        const fs::path journal = journalPath();
        const fs::path bin = m_base / "bin-lock";
        const fs::path holding = m_base / "holding";
        fs::path lock = journal;
        lock += ".lock";
        fs::create_directories(journal.parent_path());
        const std::string flock = offramp::test::requireTool("flock");
        const auto quoted = [](const fs::path& path) { return "'" + path.string() + "'"; };
        // Takes the lock in the background (blocking, so that the check below cannot make it miss; away from the
        // output the wizard reads to its end), waits until it is held, then runs the program as pkexec would.
        const std::string script = "#!/bin/sh\nif [ -e " + quoted(holding) + " ]; then\n  " + flock + " " +
                                   quoted(lock) + " sh -c 'while [ -e " + holding.string() +
                                   " ]; do sleep 0.1; done' </dev/null >/dev/null 2>&1 &\n  while " + flock + " -n " +
                                   quoted(lock) + " true; do sleep 0.05; done\nfi\nexec \"$@\"\n";
        offramp::test::writeFile(bin / "pkexec", script);
        fs::permissions(bin / "pkexec", fs::perms::owner_all);
        offramp::test::writeFile(holding, "");
        const auto letGo = qScopeGuard([&holding] { fs::remove(holding); });
        const QByteArray savedPath = qgetenv("PATH");
        qputenv("PATH", QByteArray::fromStdString(bin.string()) + ':' + savedPath);
        const auto restorePath = qScopeGuard([&savedPath] { qputenv("PATH", savedPath); });

        RealRemoval r(root, journal);
        r.state.setElevateRemoval(true);
        r.consent->setChecked(true);
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.start->isEnabled(); }, 60000), qPrintable(r.status->text()));
        verifySaidAnotherRemovalRuns(r);
        QVERIFY(!fs::exists(journal));
        for (const QString& name : {QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")}) {
            QCOMPARE(dpkgPackages(root).count(name), std::size_t{1});
        }

        fs::remove(holding);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return offramp::test::run(QString::fromStdString(flock),
                                          {QStringLiteral("-n"), qPath(lock), QStringLiteral("true")})
                           .exitCode == 0;
            },
            10000));
        r.start->click();
        QVERIFY2(QTest::qWaitFor([&] { return r.status->text().startsWith(QStringLiteral("Done: ")); }, 60000),
                 qPrintable(r.status->text()));
        for (const QString& name : {QStringLiteral("kesl-gui"), QStringLiteral("kesl"), QStringLiteral("klnagent64")}) {
            QCOMPARE(dpkgPackages(root).count(name), std::size_t{0});
        }
    }
};

QTEST_MAIN(TestE2eWizardRemove)
#include "tst_e2e_wizard_remove.moc"
