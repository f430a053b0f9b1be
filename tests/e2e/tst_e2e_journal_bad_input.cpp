// SPDX-License-Identifier: GPL-3.0-or-later
// offramp-cli remove and resume with a journal they cannot use: damaged, written for another computer, in a place
// where no lock can be made or that may not be written, on a disk that fills up while it is saved. Each stops with
// one line that says what happened, what it means and what to do, and runs nothing it has not recorded. The
// computer is a Mac file tree whose UninstallScript logs every run, so that a run that should not happen shows.
#include "E2eSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <string>

using namespace offramp::e2e;
using offramp::test::qPath;
using offramp::test::runCli;

namespace {

// Kaspersky Anti-Virus on a Mac tree, with an UninstallScript that logs its run and removes the app. Every folder is
// 0755, as a Mac installs them, so that the script is one Offramp may run.
fs::path macRoot(const fs::path& root)
{
    offramp::test::writeFile(root / kMacApp / "Contents/Info.plist", macInfoPlist());
    const std::string quoted = "'" + root.string() + "'";
    offramp::test::writeFile(root / kMacUninstallScript, "#!/bin/sh\necho uninstall >> " + quoted +
                                                             "/script.log\nrm -rf " + quoted + "/'" + kMacApp + "'\n");
    fs::permissions(root / kMacUninstallScript, fs::perms(0755));
    fs::permissions(root, fs::perms(0755));
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (entry.is_directory()) {
            fs::permissions(entry.path(), fs::perms(0755));
        }
    }
    return root;
}

qsizetype scriptRuns(const fs::path& root)
{
    return fs::exists(root / "script.log")
               ? QString::fromStdString(offramp::test::readFile(root / "script.log")).count(QStringLiteral("uninstall"))
               : 0;
}

QStringList onMac(const QString& command, const fs::path& root, const fs::path& journal)
{
    QStringList arguments{command};
    if (command == QStringLiteral("remove")) {
        arguments << QStringLiteral("--yes");
    }
    return arguments + QStringList{QStringLiteral("--platform"), QStringLiteral("macos"),
                                   QStringLiteral("--root"),     qPath(root),
                                   QStringLiteral("--journal"),  qPath(journal)};
}

} // namespace

class TestE2eJournalBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    fs::path base() const { return fs::path(m_dir.path().toStdString()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The runs as an ordinary user must reach the trees and offramp-cli.
        fs::permissions(base(), fs::perms(0755));
    }

    // A journal that a crash, a full disk or a person damaged: resume stops before it changes anything, says what is
    // wrong with the file and how to start again, and leaves the file as it was.
    void resumeOfADamagedJournalIsBadInput_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("says");
        QTest::newRow("cut short") << QByteArray("{\"schema_version\": 1, \"kind\": \"offramp-removal-jou")
                                   << QStringLiteral(": not valid JSON at line 1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral(": not valid JSON");
        QTest::newRow("another file") << QByteArray(R"({"schema_version": 1, "kind": "report", "platform": "macos"})")
                                      << QStringLiteral(" at /kind: this is not a removal journal");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5) << QStringLiteral(": not valid JSON");
    }
    void resumeOfADamagedJournalIsBadInput()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, says);
        const fs::path root = macRoot(base() / ("damaged-" + std::string(QTest::currentDataTag())));
        const fs::path journal = root.string() + "-journal/journal.json";
        offramp::test::writeFile(journal, std::string(contents.constData(), static_cast<std::size_t>(contents.size())));

        const auto result = runCli(onMac(QStringLiteral("resume"), root, journal));
        QCOMPARE(result.exitCode, 3);
        const QString error = QString::fromUtf8(result.err);
        QVERIFY2(error.startsWith(QStringLiteral("offramp-cli: resume: ") + qPath(journal) + says), qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral(
                     " \u2014 it is not a journal Offramp wrote, or it was damaged. Nothing was done. offramp-cli "
                     "remove --yes starts a new removal, which scans again and removes only what is still there; it "
                     "keeps this file, renamed to end in .damaged.\n")),
                 qPrintable(error));
        QCOMPARE(error.count(QLatin1Char('\n')), 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(scriptRuns(root), 0);
        QVERIFY(fs::exists(root / kMacApp / "Contents/Info.plist"));
        QCOMPARE(QByteArray::fromStdString(offramp::test::readFile(journal)), contents);
    }

    // A new removal over a file that is not a journal Offramp can read (a damaged journal, or another file named by
    // mistake) never writes over it: the file is renamed aside with its contents as they were, the person is told
    // where it is, and the removal goes on with a new journal. A second time, the first copy is kept too.
    void removeKeepsAnUnreadableFileAside()
    {
        const fs::path root = macRoot(base() / "aside");
        const fs::path journal = root.string() + "-journal/journal.json";
        const std::string damaged = "{\"schema_version\": 1, \"kind\": \"offramp-removal-jou";
        offramp::test::writeFile(journal, damaged);

        const auto result = runCli(onMac(QStringLiteral("remove"), root, journal));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const fs::path aside = journal.string() + ".damaged";
        QVERIFY2(QString::fromUtf8(result.out)
                     .startsWith(QStringLiteral("The file ") + qPath(journal) +
                                 QStringLiteral(" was not a journal Offramp can read, so it was kept as ") +
                                 qPath(aside) + QStringLiteral(".\n")),
                 result.out.constData());
        QCOMPARE(offramp::test::readFile(aside), damaged);
        QCOMPARE(scriptRuns(root), 1);
        QVERIFY(offramp::test::readFile(journal).find("\"status\": \"done\"") != std::string::npos);

        const std::string other = "not a journal either";
        offramp::test::writeFile(journal, other);
        const auto again = runCli(onMac(QStringLiteral("remove"), root, journal));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(offramp::test::readFile(aside), damaged);
        QCOMPARE(offramp::test::readFile(journal.string() + ".damaged-2"), other);
    }

    // A removal that has not finished is never written over; the command that finishes it can be pasted as it is
    // shown, even where the journal's folder has a space and a quote in its name.
    void anUnfinishedJournalNamesTheCommandThatFinishesIt()
    {
        const fs::path root = macRoot(base() / "unfinished");
        const fs::path journal = base() / "Bob's journals/journal.json";
        QCOMPARE(runCli(onMac(QStringLiteral("remove"), root, journal)).exitCode, 0);
        std::string text = offramp::test::readFile(journal);
        const std::string done = "\"status\": \"done\"";
        QVERIFY(text.find(done) != std::string::npos);
        text.replace(text.find(done), done.size(), "\"status\": \"running\"");
        offramp::test::writeFile(journal, text);

        const auto result = runCli(onMac(QStringLiteral("remove"), root, journal));
        QCOMPARE(result.exitCode, 4);
        const QString quoted = QStringLiteral("'") +
                               qPath(journal).replace(QStringLiteral("'"), QStringLiteral("'\\''")) +
                               QStringLiteral("'");
        QVERIFY2(QString::fromUtf8(result.err)
                     .contains(QStringLiteral("Run offramp-cli resume --journal ") + quoted +
                               QStringLiteral(" --root ") + qPath(root) + QStringLiteral(" to finish it")),
                 result.err.constData());
        QCOMPARE(offramp::test::readFile(journal), text);
        QCOMPARE(scriptRuns(root), 1);
    }

    // A whole journal written for a Mac, resumed as if it were for this Linux computer, or for a system Offramp does
    // not know: refused before anything runs.
    void aJournalForAnotherComputerIsRefused()
    {
        const fs::path root = macRoot(base() / "other-computer");
        const fs::path journal = base() / "other-computer-journal/journal.json";
        // A real journal: the script fails once, so the removal is left to resume.
        offramp::test::writeFile(root / kMacUninstallScript,
                                 "#!/bin/sh\necho uninstall >> '" + root.string() +
                                     "/script.log'\necho 'Error: try again later' >&2\nexit 7\n");
        QCOMPARE(runCli(onMac(QStringLiteral("remove"), root, journal)).exitCode, 4);
        QCOMPARE(scriptRuns(root), 1);
        const std::string written = offramp::test::readFile(journal);
        QVERIFY(written.find("\"platform\": \"macos\"") != std::string::npos);

        const QString refusal =
            QStringLiteral("offramp-cli: resume: the journal %1 is for %2, not this computer, so nothing was "
                           "done. Run offramp-cli resume on the computer it was written on, or give that "
                           "computer's files with --root DIR.\n")
                .arg(qPath(journal));
        // On this computer, without the Mac's files.
        auto result = runCli({QStringLiteral("resume"), QStringLiteral("--journal"), qPath(journal)});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(QString::fromUtf8(result.err), refusal.arg(QStringLiteral("macos")));
        // The Mac's files read as a Linux tree.
        result = runCli({QStringLiteral("resume"), QStringLiteral("--platform"), QStringLiteral("linux"),
                         QStringLiteral("--root"), qPath(root), QStringLiteral("--journal"), qPath(journal)});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(QString::fromUtf8(result.err), refusal.arg(QStringLiteral("macos")));
        // A system Offramp does not know, even with the files given.
        std::string other = written;
        other.replace(other.find("\"platform\": \"macos\""), 19, "\"platform\": \"beos\"");
        offramp::test::writeFile(journal, other);
        result = runCli(onMac(QStringLiteral("resume"), root, journal));
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(QString::fromUtf8(result.err), refusal.arg(QStringLiteral("beos")));
        QVERIFY(result.out.isEmpty());

        QCOMPARE(scriptRuns(root), 1);
        QCOMPARE(offramp::test::readFile(journal), other);
        // The Mac's journal, given with its files, still resumes.
        offramp::test::writeFile(journal, written);
        offramp::test::writeFile(root / kMacUninstallScript, "#!/bin/sh\necho uninstall >> '" + root.string() +
                                                                 "/script.log'\n" + "rm -rf '" +
                                                                 (root / kMacApp).string() + "'\n");
        result = runCli(onMac(QStringLiteral("resume"), root, journal));
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        QCOMPARE(scriptRuns(root), 2);
    }

    // No lock can be made beside the journal (a file where its folder should be, a folder that may not be written):
    // remove and resume stop before anything, exit 4, and say to choose another place.
    void aLockThatCannotBeMadeStopsBeforeAnything()
    {
        const fs::path root = macRoot(base() / "no-lock");
        const fs::path file = base() / "no-lock-file";
        offramp::test::writeFile(file, "a file, not a folder\n");
        for (const auto& command : {QStringLiteral("remove"), QStringLiteral("resume")}) {
            const auto result = runCli(onMac(command, root, file / "journal.json"));
            QCOMPARE(result.exitCode, 4);
            QCOMPARE(QString::fromUtf8(result.err),
                     QStringLiteral("offramp-cli: %1: cannot create the lock file %2/journal.json.lock: Not a "
                                    "directory, so nothing was done. Choose another place with --journal.\n")
                         .arg(command, qPath(file)));
            QVERIFY(result.out.isEmpty());
        }
        QCOMPARE(offramp::test::readFile(file), std::string("a file, not a folder\n"));

        // A folder without write permission, for someone who is not its owner (root would write anyway).
        const fs::path readOnly = base() / "no-lock-read-only";
        fs::create_directories(readOnly);
        fs::permissions(readOnly, fs::perms(0555));
        for (const auto& command : {QStringLiteral("remove"), QStringLiteral("resume")}) {
            const auto result = offramp::test::runCliAsOrdinaryUser(onMac(command, root, readOnly / "journal.json"));
            QCOMPARE(result.exitCode, 4);
            QCOMPARE(QString::fromUtf8(result.err),
                     QStringLiteral("offramp-cli: %1: cannot create the lock file %2/journal.json.lock: Permission "
                                    "denied, so nothing was done. Choose another place with --journal.\n")
                         .arg(command, qPath(readOnly)));
        }
        QVERIFY(fs::is_empty(readOnly));
        QCOMPARE(scriptRuns(root), 0);
        QVERIFY(fs::exists(root / kMacApp / "Contents/Info.plist"));
    }

    // A --journal whose name is longer than a name may be (NAME_MAX), whose path is longer than a path may be
    // (PATH_MAX), or whose name fits but leaves no room for the temporary file each save writes beside it: remove and
    // resume stop before anything, exit 4, with one line that names the system's reason and says to choose another
    // place; the script never runs, no journal is written.
    void aJournalPathTooLongStopsBeforeAnything_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("journal");
        QTest::addColumn<QString>("said");
        const QString base = qPath(this->base());
        const QString longName(300, QLatin1Char('j'));
        QStringList deep;
        for (int i = 0; i < 22; ++i) {
            deep << QString(200, QLatin1Char('d'));
        }
        const QString lockFailed = QStringLiteral(": cannot create the lock file ");
        for (const QString& command : {QStringLiteral("remove"), QStringLiteral("resume")}) {
            QTest::addRow("%s, a name of 300 characters", qPrintable(command))
                << command << base + QStringLiteral("/too-long/") + longName << lockFailed;
            QTest::addRow("%s, a path of 4,400 characters", qPrintable(command))
                << command << base + QLatin1Char('/') + deep.join(QLatin1Char('/')) + QStringLiteral("/journal.json")
                << lockFailed;
        }
        QTest::newRow("remove, a name of 250 characters")
            << QStringLiteral("remove") << base + QStringLiteral("/nearly/") + QString(250, QLatin1Char('j'))
            << QStringLiteral(": stopped before anything was changed, because the journal could not be written: ");
    }

    void aJournalPathTooLongStopsBeforeAnything()
    {
        QFETCH(QString, command);
        QFETCH(QString, journal);
        QFETCH(QString, said);
        const fs::path root = macRoot(base() / "journal-too-long");
        const auto result = runCli(onMac(command, root, journal.toStdString()));
        QCOMPARE(result.exitCode, 4);
        const QString error = QString::fromUtf8(result.err);
        QVERIFY2(error.startsWith(QStringLiteral("offramp-cli: ") + command + said), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(": File name too long")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("hoose another place with --journal")), qPrintable(error));
        QCOMPARE(error.count(QLatin1Char('\n')), 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(scriptRuns(root), 0);
        QVERIFY(fs::exists(root / kMacApp / "Contents/Info.plist"));
        std::error_code ignored;
        QVERIFY(!fs::exists(journal.toStdString(), ignored));
    }

    // The disk fills up (a file-size limit, which fails writes as a full disk does) before the journal's first save:
    // nothing was changed, and the message says to run the same command again, not a resume of nothing.
    void aFullDiskBeforeTheFirstSaveChangesNothing()
    {
        const fs::path root = macRoot(base() / "full-at-once");
        const fs::path journal = base() / "full-at-once-journal/journal.json";
        const auto result = offramp::test::run(QStringLiteral(OFFRAMP_FILE_SIZE_LIMIT),
                                               QStringList{QStringLiteral("64"), QStringLiteral(OFFRAMP_CLI_PATH)} +
                                                   onMac(QStringLiteral("remove"), root, journal));
        QCOMPARE(result.exitCode, 4);
        const QString error = QString::fromUtf8(result.err);
        QVERIFY2(error.startsWith(QStringLiteral("offramp-cli: remove: stopped before anything was changed, because "
                                                 "the journal could not be written: cannot write ")),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral(": writing: File too large. Free some space or choose another place "
                                               "with --journal, then run offramp-cli remove again.\n")),
                 qPrintable(error));
        QCOMPARE(error.count(QLatin1Char('\n')), 1);
        QCOMPARE(scriptRuns(root), 0);
        QVERIFY(fs::exists(root / kMacApp / "Contents/Info.plist"));
        // Only the lock is left: no journal, no temporary file.
        QCOMPARE(folderEntries(journal.parent_path()), QStringList{QStringLiteral("journal.json.lock")});
    }

    // The disk fills up while the removal runs: it stops at the save that does not fit, the journal on the disk is the
    // last whole one, and resume finishes from it.
    void aFullDiskWhileTheJournalIsSavedStopsAndResumes()
    {
        // How large the journal grows: a removal like it, on a tree of a name as long, with room to spare.
        const fs::path sample = macRoot(base() / "full-sample");
        const fs::path sampleJournal = base() / "full-sample-journal/journal.json";
        QCOMPARE(runCli(onMac(QStringLiteral("remove"), sample, sampleJournal)).exitCode, 0);
        const auto finalSize = fs::file_size(sampleJournal);

        const fs::path root = macRoot(base() / "full-middle");
        const fs::path journal = base() / "full-middle-journal/journal.json";
        const auto result =
            offramp::test::run(QStringLiteral(OFFRAMP_FILE_SIZE_LIMIT),
                               QStringList{QString::number(finalSize - 1), QStringLiteral(OFFRAMP_CLI_PATH)} +
                                   onMac(QStringLiteral("remove"), root, journal));
        QCOMPARE(result.exitCode, 4);
        const QString error = QString::fromUtf8(result.err);
        QVERIFY2(error.startsWith(QStringLiteral(
                     "offramp-cli: remove: stopped, because the journal could not be kept: cannot write ")),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral(": writing: File too large. Free some space or choose another place "
                                               "with --journal, then run offramp-cli resume.\n")),
                 qPrintable(error));
        QCOMPARE(error.count(QLatin1Char('\n')), 1);
        // The last journal that fitted is whole, and says the removal has not finished.
        QString readError;
        const QJsonObject kept = readJournal(journal, &readError);
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(kept.value("status").toString(), QStringLiteral("running"));
        for (const QString& name : folderEntries(journal.parent_path())) {
            QVERIFY2(!name.contains(QStringLiteral("offramp-tmp")), qPrintable(name));
        }

        const auto resumed = runCli(onMac(QStringLiteral("resume"), root, journal));
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        QVERIFY2(resumed.out.contains("Removed."), resumed.out);
        QCOMPARE(scriptRuns(root), 1);
        QVERIFY(!fs::exists(root / kMacApp));
        const QJsonObject finished = readJournal(journal, &readError);
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestE2eJournalBadInput)
#include "tst_e2e_journal_bad_input.moc"
