// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows wizard on a real (Wine) Windows, not a demo computer: a Kaspersky product's registry entries are
// imported, the Scan page finds them through the Win32 probe, the Remove page runs offramp.exe --cli through
// runElevated (ShellExecuteEx "runas"), which runs the product's own uninstaller (a stand-in that asks for a
// restart, 3010), and the Check page says it is gone. A removal that needs a password gets it through the
// pipe that only the started process may read. Run under Wine by the Linux build's test_wine_wizard_windows.
#include "TestMain.h"
#include "TestSupport.h"
#include "engine/CatalogLoader.h"
#include "engine/Platform.h"
#include "wizard/MigrationWizard.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

#include <memory>

namespace {

using Json = nlohmann::json;

constexpr int kRemovalTimeoutMs = 180000;
const QString kAllowedFolder = QStringLiteral("C:/Program Files (x86)/Kaspersky Lab/Kaspersky Anti-Virus 21.3");
const QString kUninstaller = QStringLiteral("offramp-test-uninstaller.exe");
const QString kJournalFolder = QStringLiteral("C:/offramp-test");
// The uninstall entry of removal-restart.reg, which the stand-in uninstaller takes away.
const QString kProductKey =
    QStringLiteral("HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Kaspersky Anti-Virus "
                   "(offramp test)");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// `reg import`, Windows' own, so that the keys are where the Win32 probe reads them.
void importRegistry(const char* fixture)
{
    const QString file = native(QStringLiteral(OFFRAMP_WINE_DATA_DIR "/") + QString::fromLatin1(fixture));
    const auto imported = offramp::test::run(QStringLiteral("reg"), {QStringLiteral("import"), file});
    if (imported.exitCode != 0) {
        throw std::runtime_error("reg import " + file.toStdString() + " failed: " + imported.err.toStdString());
    }
}

bool keyExists(const QString& key)
{
    return offramp::test::run(QStringLiteral("reg"), {QStringLiteral("query"), key}).exitCode == 0;
}

// The wizard on this computer, with the removal done by `program` (offramp.exe, run as "--cli") through UAC.
struct RealWizard
{
    explicit RealWizard(const QString& program, const QString& journal)
        : state(offramp::CatalogLoader::loadEmbedded())
    {
        state.setJurisdiction(QStringLiteral("US"));
        state.setToday(QDate(2026, 12, 5));
        state.setRemovalProgram(native(program), {QStringLiteral("--cli")});
        state.setRemovalExtraArguments({QStringLiteral("--allow-uninstaller"), kUninstaller});
        state.setJournalPath(native(journal));
        wizard = std::make_unique<MigrationWizard>(&state);
        wizard->show();
    }
    ~RealWizard()
    {
        wizard.reset();
        QThreadPool::globalInstance()->waitForDone(60000);
    }
    RealWizard(const RealWizard&) = delete;
    RealWizard& operator=(const RealWizard&) = delete;

    QWizardPage* page() const { return wizard->currentPage(); }
    QAbstractButton* next() const { return wizard->button(QWizard::NextButton); }
    bool waitComplete(int timeoutMs = 60000) const
    {
        return QTest::qWaitFor([this] { return page()->isComplete(); }, timeoutMs);
    }
    template <typename T>
    T* child(const char* name) const
    {
        return page()->findChild<T*>(QString::fromLatin1(name));
    }
    // Scans this computer from the Scan page and comes back with what it found.
    void scan()
    {
        wizard->setStartId(MigrationWizard::WelcomePageId);
        wizard->restart();
        next()->click();
        QCOMPARE(wizard->currentId(), int(MigrationWizard::ScanPageId));
        QVERIFY(waitComplete());
    }
    void removeFromRemovePage()
    {
        wizard->setStartId(MigrationWizard::RemovePageId);
        wizard->restart();
        QCOMPARE(wizard->currentId(), int(MigrationWizard::RemovePageId));
        child<QCheckBox>("removalConsent")->setChecked(true);
        child<QAbstractButton>("startRemoval")->click();
        QVERIFY2(waitComplete(kRemovalTimeoutMs), qPrintable(child<QLabel>("removalStatus")->text()));
    }

    WizardState state;
    std::unique_ptr<MigrationWizard> wizard;
};

Json journalAt(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("no journal at " + path.toStdString());
    }
    return Json::parse(file.readAll().toStdString());
}

} // namespace

class TestWizardWindows : public QObject
{
    Q_OBJECT

private slots:
    // Each test starts with the stand-in uninstaller in its product folder (the first one takes it away).
    void init()
    {
        QVERIFY(QDir().mkpath(kAllowedFolder));
        QVERIFY(QDir().mkpath(kJournalFolder));
        QFile::remove(kAllowedFolder + QLatin1Char('/') + kUninstaller);
        QVERIFY(
            QFile::copy(QStringLiteral(OFFRAMP_TEST_UNINSTALLER), kAllowedFolder + QLatin1Char('/') + kUninstaller));
    }

    void findsRemovesAndChecksThroughTheRealWindowsPaths()
    {
        try {
            importRegistry("removal-restart.reg");
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QVERIFY(keyExists(kProductKey));
        // A user name outside Latin-1 and an accented one: the program, its --cli words and the journal path
        // go through UTF-16 all the way, never the ANSI code page.
        const QString downloads = QStringLiteral("C:/Users/Дмитрий José/Downloads");
        QVERIFY(QDir().mkpath(downloads));
        const QString program = downloads + QStringLiteral("/offramp.exe");
        QFile::remove(program);
        QVERIFY(QFile::copy(QStringLiteral(OFFRAMP_WIZARD_EXE), program));
        const QString journal = kJournalFolder + QStringLiteral("/журнал José.json");
        QFile::remove(journal);

        RealWizard r(program, journal);
        r.scan();
        QVERIFY(r.state.platform() == offramp::Platform::Windows);
        QVERIFY(r.state.bannedInstalled());
        auto* results = r.child<QTreeWidget>("scanResults");
        QCOMPARE(results->topLevelItemCount(), 1);
        QVERIFY2(results->topLevelItem(0)->text(0).contains(QStringLiteral("Kaspersky Anti-Virus")),
                 qPrintable(results->topLevelItem(0)->text(0)));

        // The plan asks no password for this product, and the removal runs offramp.exe --cli elevated.
        r.removeFromRemovePage();
        QVERIFY(!r.child<QWidget>("removalPassword")->isVisible());
        const QString status = r.child<QLabel>("removalStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("Restart the computer to finish")), qPrintable(status));
        QVERIFY(r.child<QAbstractButton>("restartNow")->isVisible());
        const Json kept = journalAt(journal);
        QCOMPARE(kept.at("status").get<std::string>(), std::string("restart-required"));
        QCOMPARE(kept.at("steps").at(0).at("exit_code").get<int>(), 3010);
        QVERIFY(!keyExists(kProductKey));
        QCOMPARE(r.state.removedProducts(), QStringList{QStringLiteral("kaspersky-anti-virus")});
        // After the restart, Windows opens the wizard once, at the check, with this journal.
        const auto resume = offramp::test::run(
            QStringLiteral("reg"),
            {QStringLiteral("query"), QStringLiteral("HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce"),
             QStringLiteral("/v"), QStringLiteral("OfframpResume")});
        QCOMPARE(resume.exitCode, 0);
        const QString resumeLine = QString::fromLocal8Bit(resume.out);
        QVERIFY2(resumeLine.contains(QStringLiteral("--resume")) &&
                     resumeLine.contains(QStringLiteral("test_wizard_windows.exe")),
                 qPrintable(resumeLine));

        // Windows finishes an uninstall that asked for a restart (3010) at the restart: the product's folder, which
        // the running uninstaller kept, goes then. The Check page scans again and finds nothing left.
        QVERIFY(QDir(QStringLiteral("C:/Program Files (x86)/Kaspersky Lab")).removeRecursively());
        r.next()->click();
        QCOMPARE(r.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QVERIFY(r.waitComplete());
        const QString result = r.child<QLabel>("checkResult")->text();
        QVERIFY2(result.contains(QStringLiteral("No Kaspersky product is left")), qPrintable(result));
    }

    // The person chooses No at the UAC prompt (Wine never asks, so the test-hook build gives Windows' answer,
    // ERROR_CANCELLED): nothing is removed, no journal is started, the page says so in Windows' words and lets
    // them try again; the second time the prompt is allowed and the removal runs.
    void aDeclinedUacPromptRemovesNothingAndCanBeRetried()
    {
        try {
            importRegistry("removal-restart.reg");
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QVERIFY(keyExists(kProductKey));
        const QString journal = kJournalFolder + QStringLiteral("/declined.json");
        QFile::remove(journal);
        RealWizard r(QStringLiteral(OFFRAMP_WIZARD_EXE), journal);
        r.scan();
        r.wizard->setStartId(MigrationWizard::RemovePageId);
        r.wizard->restart();
        auto* start = r.child<QAbstractButton>("startRemoval");
        auto* status = r.child<QLabel>("removalStatus");
        qputenv("OFFRAMP_TEST_UAC_ANSWER", "no");
        const auto answerYes = qScopeGuard([] { qunsetenv("OFFRAMP_TEST_UAC_ANSWER"); });
        r.child<QCheckBox>("removalConsent")->setChecked(true);
        start->click();
        QVERIFY2(QTest::qWaitFor([&] { return start->isEnabled(); }, 60000), qPrintable(status->text()));
        QCOMPARE(status->text(), QStringLiteral("Nothing was removed, because the change was not allowed when Windows "
                                                "asked. Nothing is lost; press Remove now to try again when you are "
                                                "ready."));
        QVERIFY(!r.page()->isComplete());
        QVERIFY(!QFile::exists(journal));
        QVERIFY(keyExists(kProductKey));
        QVERIFY(QFile::exists(kAllowedFolder + QLatin1Char('/') + kUninstaller));

        qunsetenv("OFFRAMP_TEST_UAC_ANSWER");
        start->click();
        QVERIFY2(r.waitComplete(kRemovalTimeoutMs), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("Restart the computer to finish")), qPrintable(status->text()));
        QVERIFY(!keyExists(kProductKey));
    }

    // Wine reports Windows 10 (10.0, a build below Windows 11's 22000) through RtlGetVersion, as the probe reads
    // it: after 14 October 2025 the Choose and Check pages say that Windows 10 itself gets no security fixes.
    void windows10IsToldItGetsNoSecurityFixes()
    {
        RealWizard r(QStringLiteral(OFFRAMP_WIZARD_EXE), kJournalFolder + QStringLiteral("/unused.json"));
        r.scan();
        QVERIFY(r.state.runsWindows10());
        const QString fixes = QStringLiteral("no longer gets security fixes");
        r.wizard->setStartId(MigrationWizard::ChoosePageId);
        r.wizard->restart();
        auto* notice = r.child<QLabel>("systemNotice");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("Windows 10 on this computer")) &&
                     notice->text().contains(fixes),
                 qPrintable(notice->text()));
        r.wizard->setStartId(MigrationWizard::CheckPageId);
        r.wizard->restart();
        QVERIFY(r.waitComplete());
        const QString checkNotice = r.child<QLabel>("checkSystemNotice")->text();
        QVERIFY2(checkNotice.contains(fixes), qPrintable(checkNotice));
        // The day before support ended, nothing is said.
        r.state.setToday(QDate(2025, 10, 13));
        r.wizard->setStartId(MigrationWizard::ChoosePageId);
        r.wizard->restart();
        QVERIFY(!r.child<QLabel>("systemNotice")->isVisible());
    }

    void thePasswordReachesTheRemovalThroughThePipeOnly()
    {
        try {
            importRegistry("business.reg");
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        const QString journal = kJournalFolder + QStringLiteral("/business.json");
        QFile::remove(journal);
        RealWizard r(QStringLiteral(OFFRAMP_WIZARD_EXE), journal);
        r.scan();
        r.wizard->setStartId(MigrationWizard::RemovePageId);
        r.wizard->restart();
        // Endpoint Security needs its administrator's login, the Network Agent an uninstall password.
        auto* login = r.child<QLineEdit>("removalLogin");
        auto* password = r.child<QLineEdit>("removalPassword");
        QVERIFY(login->isVisible());
        QVERIFY(password->isVisible());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        login->setText(QStringLiteral("kladmin"));
        const QString secret = QStringLiteral("Sésame-0pen");
        password->setText(secret);
        r.child<QCheckBox>("removalConsent")->setChecked(true);
        r.child<QAbstractButton>("startRemoval")->click();
        // The field is emptied as soon as the removal has the password.
        QVERIFY(password->text().isEmpty());
        QVERIFY2(r.waitComplete(kRemovalTimeoutMs), qPrintable(r.child<QLabel>("removalStatus")->text()));

        // msiexec was given the login and a password (Wine's msiexec does not know these products, so the step
        // then fails): it came through the pipe, and the journal keeps it masked.
        const Json kept = journalAt(journal);
        const std::string command = kept.at("steps").at(0).at("command").get<std::string>();
        QVERIFY2(command.find("KLLOGIN=kladmin KLPASSWD=********") != std::string::npos, command.c_str());
        QFile file(journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(file.readAll()).contains(secret));
    }
};

OFFRAMP_TEST_MAIN(TestWizardWindows)
#include "tst_wizard_windows.moc"
