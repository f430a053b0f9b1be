// SPDX-License-Identifier: GPL-3.0-or-later
// offramp-cli remove on a Mac file tree (--platform macos --root): Kaspersky Anti-Virus installed as an app
// bundle, removed by running Kaspersky's own UninstallScript from the catalog's path. The script runs only
// when it and every folder above it belong to the tree's owner (standing in for root) and nobody else can
// change them; a refused or failing script changes nothing and says why. Whatever the script leaves is
// reported as leftovers, never deleted by Offramp.
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

const char* const kLab = "Library/Application Support/Kaspersky Lab";

// Every folder of the tree 0755, as a Mac installs them, whatever the umask of the test's user.
void tidyModes(const fs::path& root)
{
    fs::permissions(root, fs::perms(0755));
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (entry.is_directory() && !entry.is_symlink()) {
            fs::permissions(entry.path(), fs::perms(0755));
        }
    }
}

QStringList products(const QJsonObject& scan)
{
    QStringList found;
    for (const auto& value : scan.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        found << finding.value(QStringLiteral("id")).toString() + QLatin1Char(' ') +
                     finding.value(QStringLiteral("state")).toString();
    }
    return found;
}

} // namespace

class TestE2eRemoveMac : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_roots = 0;

    // A Mac tree with Kaspersky Anti-Virus and its UninstallScript, which logs that it ran and then does
    // `body` (by default: deletes the app and Kaspersky's support folder, as the vendor's script does).
    fs::path macRoot(const std::string& body = {})
    {
        const fs::path root = fs::path(m_dir.path().toStdString()) / ("mac-" + std::to_string(++m_roots));
        offramp::test::writeFile(root / kMacApp / "Contents/Info.plist", macInfoPlist());
        offramp::test::writeFile(root / kMacApp / "Contents/MacOS/kav", "kav, a test file\n");
        const std::string quotedRoot = "'" + root.string() + "'";
        offramp::test::writeFile(
            root / kMacUninstallScript,
            "#!/bin/sh\necho \"uninstall $*\" >> " + quotedRoot + "/script.log\n" +
                (body.empty() ? "rm -rf " + quotedRoot + "/'" + kMacApp + "' " + quotedRoot + "/'" + kLab + "'\n"
                              : body));
        fs::permissions(root / kMacUninstallScript, fs::perms(0755));
        offramp::test::writeFile(root / "Users/alex/Documents/letter.txt", "Dear Sam,\n");
        tidyModes(root);
        return root;
    }
    fs::path journal() const
    {
        return fs::path(m_dir.path().toStdString()) / ("journal-" + std::to_string(m_roots)) / "journal.json";
    }

    QJsonObject scan(const fs::path& root)
    {
        const auto result = runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--platform"),
                                    QStringLiteral("macos"), QStringLiteral("--root"), qPath(root)});
        QString error;
        const QJsonObject parsed = parseObject(result.out, &error);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error + QString::fromUtf8(result.err)));
        }
        return parsed;
    }

    offramp::test::CommandResult remove(const fs::path& root, const QStringList& more = {})
    {
        return runCli(QStringList{QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                  QStringLiteral("--platform"), QStringLiteral("macos"), QStringLiteral("--root"),
                                  qPath(root), QStringLiteral("--journal"), qPath(journal())} +
                      more);
    }

    static qsizetype scriptRuns(const fs::path& root)
    {
        return fs::exists(root / "script.log") ? QString::fromStdString(offramp::test::readFile(root / "script.log"))
                                                     .count(QStringLiteral("uninstall"))
                                               : 0;
    }

    // The removal stopped before the script and left everything as it was.
    void verifyRefused(const fs::path& root, const QString& reason)
    {
        const auto result = remove(root);
        QCOMPARE(result.exitCode, 4);
        QString error;
        const QJsonObject printed = parseObject(result.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QString::fromUtf8(result.err)));
        QCOMPARE(printed.value("status").toString(), QStringLiteral("failed"));
        const QJsonObject step = printed.value("steps").toArray().at(0).toObject();
        QCOMPARE(step.value("state").toString(), QStringLiteral("failed"));
        const QString message = step.value("message").toString();
        QVERIFY2(message.startsWith("refused to run /" + QString::fromLatin1(kMacUninstallScript) + ": "),
                 qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("with Kaspersky's own uninstaller app instead.")),
                 qPrintable(message));
        QCOMPARE(scriptRuns(root), 0);
        QVERIFY(fs::exists(root / kMacApp / "Contents/Info.plist"));
        QCOMPARE(products(scan(root)), QStringList{QStringLiteral("kaspersky-anti-virus installed")});
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void planSaysTheAdministratorPasswordIsNeeded()
    {
        const fs::path root = macRoot();
        const auto plan = runCli({QStringLiteral("plan"), QStringLiteral("--platform"), QStringLiteral("macos"),
                                  QStringLiteral("--root"), qPath(root)});
        QCOMPARE(plan.exitCode, 0);
        QVERIFY2(plan.out.contains("1. run Kaspersky's uninstall script /" + QByteArray(kMacUninstallScript) +
                                   "\n     needs the computer's administrator password\n"
                                   "     may need a restart to finish\n"),
                 plan.out);
        QCOMPARE(scriptRuns(root), 0);
    }

    void runsTheVendorScriptAndChecks()
    {
        const fs::path root = macRoot();
        QCOMPARE(products(scan(root)), QStringList{QStringLiteral("kaspersky-anti-virus installed")});
        const auto result = remove(root);
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        QString error;
        const QJsonObject printed = parseObject(result.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(printed.value("status").toString(), QStringLiteral("done"));
        const QJsonObject step = printed.value("steps").toArray().at(0).toObject();
        QCOMPARE(step.value("state").toString(), QStringLiteral("done"));
        QCOMPARE(step.value("command").toString(), QString::fromStdString((root / kMacUninstallScript).string()));
        QCOMPARE(step.value("exit_code").toInt(-1), 0);
        QCOMPARE(printed.value("leftovers").toArray().size(), 0);
        QCOMPARE(scriptRuns(root), 1);
        QVERIFY(!fs::exists(root / kMacApp));
        QCOMPARE(products(scan(root)), QStringList());
        QCOMPARE(offramp::test::readFile(root / "Users/alex/Documents/letter.txt"), std::string("Dear Sam,\n"));
    }

    // The script removes the app but keeps a folder of Kaspersky's: reported with where it is, left alone.
    void whatTheScriptLeavesIsReportedNotDeleted()
    {
        const fs::path root = macRoot(
            "rm -rf '" +
            (fs::path(m_dir.path().toStdString()) / ("mac-" + std::to_string(m_roots + 1)) / kMacApp).string() + "'\n");
        const auto result = remove(root);
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        QString error;
        const QJsonObject printed = parseObject(result.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(
            printed.value("summary").toString(),
            QStringLiteral("Removed. A fresh scan still finds traces, listed as leftovers; they were left alone."));
        const QJsonArray leftovers = printed.value("leftovers").toArray();
        QVERIFY(!leftovers.isEmpty());
        QVERIFY2(leftovers.at(0).toString().contains(QStringLiteral("/Library/Application Support/Kaspersky Lab")),
                 qPrintable(leftovers.at(0).toString()));
        QVERIFY(fs::exists(root / kMacUninstallScript));
        QVERIFY(!fs::exists(root / kMacApp));
    }

    void refusesAScriptOthersCanChange()
    {
        const fs::path root = macRoot();
        fs::permissions(root / kMacUninstallScript, fs::perms(0775));
        verifyRefused(root, QStringLiteral("others than its owner can change it"));
    }

    void refusesAScriptInAFolderOthersCanChange()
    {
        const fs::path root = macRoot();
        // Whoever can write to the KAV folder can put another Binaries folder, and so another script, there.
        fs::permissions(root / kLab / "KAV", fs::perms(0777));
        verifyRefused(root, QStringLiteral("others than its owner can change its folder /") +
                                QString::fromStdString((root / kLab / "KAV").string()).mid(1));
    }

    void refusesALinkedScript()
    {
        const fs::path root = macRoot();
        const fs::path elsewhere = root / "Users/alex/evil.sh";
        offramp::test::writeFile(elsewhere, "#!/bin/sh\ntouch '" + (root / "evil-ran").string() + "'\n");
        fs::permissions(elsewhere, fs::perms(0755));
        fs::remove(root / kMacUninstallScript);
        fs::create_symlink(elsewhere, root / kMacUninstallScript);
        verifyRefused(root, QStringLiteral("it is a symbolic link, which could lead anywhere"));
        QVERIFY(!fs::exists(root / "evil-ran"));
    }

    void aFailingScriptFailsItsStep()
    {
        const fs::path root = macRoot("echo 'Error: the kernel extension is still loaded' >&2\nexit 7\n");
        const auto result = remove(root);
        QCOMPARE(result.exitCode, 4);
        QString error;
        const QJsonObject printed = parseObject(result.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject step = printed.value("steps").toArray().at(0).toObject();
        QCOMPARE(step.value("state").toString(), QStringLiteral("failed"));
        QCOMPARE(step.value("exit_code").toInt(), 7);
        QCOMPARE(step.value("message").toString(),
                 QStringLiteral("the uninstall script failed (exit code 7): Error: the kernel extension is still "
                                "loaded"));
        QVERIFY(fs::exists(root / kMacApp / "Contents/Info.plist"));
    }

    // The script crashes (ends by a signal, with no exit code): the step fails as crashed, not as an exit code, says
    // what that means, and resume runs the script again.
    void aCrashingScriptFailsItsStepAndResumeRunsItAgain()
    {
        const fs::path root = macRoot("ulimit -c 0\nkill -SEGV $$\n");
        const auto result = runCli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--platform"),
                                    QStringLiteral("macos"), QStringLiteral("--root"), qPath(root),
                                    QStringLiteral("--journal"), qPath(journal())});
        QCOMPARE(result.exitCode, 4);
        const QString message = QStringLiteral(
            "the uninstall script ended abruptly (signal 11, Segmentation fault) before it finished, so Kaspersky "
            "Anti-Virus may be partly removed. Nothing else was changed; run offramp-cli resume, which checks what is "
            "left and runs the script again.");
        QVERIFY2(result.out.contains(
                     ("Failed: the uninstall script of Kaspersky Anti-Virus \u2014 " + message + "\n").toUtf8()),
                 result.out);
        QString error;
        const QJsonObject journal = readJournal(this->journal(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject step = journal.value("steps").toArray().at(0).toObject();
        QCOMPARE(step.value("state").toString(), QStringLiteral("failed"));
        QCOMPARE(step.value("problem").toString(), QStringLiteral("crashed"));
        QVERIFY2(step.value("exit_code").isNull(), qPrintable(QString::number(step.value("exit_code").toInt())));
        QCOMPARE(step.value("message").toString(), message);
        QCOMPARE(scriptRuns(root), 1);
        QVERIFY(fs::exists(root / kMacApp / "Contents/Info.plist"));

        // Mended, the script runs again on resume and finishes.
        offramp::test::writeFile(root / kMacUninstallScript, "#!/bin/sh\necho uninstall >> '" + root.string() +
                                                                 "/script.log'\nrm -rf '" + (root / kMacApp).string() +
                                                                 "'\n");
        const auto resumed = runCli({QStringLiteral("resume"), QStringLiteral("--root"), qPath(root),
                                     QStringLiteral("--journal"), qPath(this->journal())});
        QVERIFY2(resumed.exitCode == 0, resumed.out + resumed.err);
        QCOMPARE(scriptRuns(root), 2);
        QVERIFY(!fs::exists(root / kMacApp));
    }

    void dryRunRunsNothing()
    {
        const fs::path root = macRoot();
        const auto result = runCli({QStringLiteral("remove"), QStringLiteral("--dry-run"), QStringLiteral("--platform"),
                                    QStringLiteral("macos"), QStringLiteral("--root"), qPath(root)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Dry run: nothing was changed."), result.out);
        QCOMPARE(scriptRuns(root), 0);
        QVERIFY(fs::exists(root / kMacApp / "Contents/Info.plist"));
        QVERIFY(!fs::exists(journal()));
    }
};

QTEST_APPLESS_MAIN(TestE2eRemoveMac)
#include "tst_e2e_remove_mac.moc"
