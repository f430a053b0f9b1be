// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "TestSupport.h"
#include "engine/CatalogLoader.h"
#include "engine/Finding.h"
#include "engine/Platform.h"
#include "wizard/MigrationWizard.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

#include <filesystem>

namespace {

struct Fixture
{
    explicit Fixture(const QString& demo, const QString& root = {},
                     offramp::Platform platform = offramp::Platform::Linux)
        : state(offramp::CatalogLoader::loadEmbedded())
    {
        state.setDemoName(demo);
        state.setScanRoot(root, platform);
        wizard = std::make_unique<MigrationWizard>(&state);
        wizard->show();
    }
    QAbstractButton* next() const { return wizard->button(QWizard::NextButton); }

    WizardState state;
    std::unique_ptr<MigrationWizard> wizard;
};

} // namespace

class TestWizardScan : public QObject
{
    Q_OBJECT

private slots:
    void scansADemoComputerAndListsWhatItFound()
    {
        Fixture fixture(QStringLiteral("office-linux"));
        QCOMPARE(fixture.wizard->currentId(), int(MigrationWizard::WelcomePageId));
        QVERIFY(fixture.wizard->findChild<QLabel*>(QStringLiteral("welcomeText"))
                    ->text()
                    .contains(QStringLiteral("office-linux")));
        QVERIFY(fixture.next()->isEnabled());
        fixture.next()->click();
        QCOMPARE(fixture.wizard->currentId(), int(MigrationWizard::ScanPageId));

        auto* results = fixture.wizard->findChild<QTreeWidget*>(QStringLiteral("scanResults"));
        QTRY_VERIFY_WITH_TIMEOUT(results->isVisible(), 10000);
        QCOMPARE(results->topLevelItemCount(), 2);
        QVERIFY(results->topLevelItem(0)->text(0).contains(QStringLiteral("Endpoint Security for Linux")));
        QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("Installed"));
        // The evidence sits under each product, behind the expander, worded by the wizard.
        QVERIFY(results->topLevelItem(0)->childCount() >= 2);
        QStringList evidence;
        for (int i = 0; i < results->topLevelItem(0)->childCount(); ++i) {
            evidence << results->topLevelItem(0)->child(i)->text(0);
        }
        QVERIFY2(evidence.contains(QStringLiteral("package kesl (install ok installed)")),
                 qPrintable(evidence.join(QLatin1Char('|'))));
        QVERIFY2(evidence.contains(QStringLiteral("folder or file /opt/kaspersky/kesl")),
                 qPrintable(evidence.join(QLatin1Char('|'))));
        QCOMPARE(fixture.state.findings().size(), std::size_t(2));
        QVERIFY(!fixture.wizard->findChild<QProgressBar*>(QStringLiteral("scanProgress"))->isVisible());
    }

    void nothingFoundEndsKindly()
    {
        Fixture fixture(QStringLiteral("clean-linux"));
        fixture.next()->click();
        auto* status = fixture.wizard->findChild<QLabel*>(QStringLiteral("scanStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("no Kaspersky product was found")), 10000);
        QVERIFY(!fixture.wizard->findChild<QTreeWidget*>(QStringLiteral("scanResults"))->isVisible());
    }

    void anUnknownDemoSaysSoAndChangesNothing()
    {
        Fixture fixture(QStringLiteral("no-such-demo"));
        fixture.next()->click();
        auto* status = fixture.wizard->findChild<QLabel*>(QStringLiteral("scanStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Nothing was changed")), 10000);
        QVERIFY(fixture.state.findings().empty());
    }

    // A Linux or macOS file tree whose package database or property list is damaged: the page says that the
    // scan could not finish, with the file and what is wrong with it, as sentences; it finds nothing, offers no
    // way on, and the damaged file stays as it was.
    void aDamagedDatabaseOrPropertyListStopsTheScan_data()
    {
        QTest::addColumn<bool>("mac");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("said");
        QTest::newRow("dpkg status, a Status of two words")
            << false << "var/lib/dpkg/status" << QByteArray("Package: kesl\nStatus: install ok\nVersion: 11.0\n")
            << QStringLiteral("The scan could not finish: /var/lib/dpkg/status line 2: a Status of 2 words where dpkg "
                              "writes three (\"want flag state\") \u2014 the dpkg database looks damaged. Nothing was "
                              "changed. You can close Offramp and try again, or ask for help.");
        QTest::newRow("dpkg status, binary garbage")
            << false << "var/lib/dpkg/status" << QByteArray("Package: kesl\n\0\0\0\xff", 18)
            << QStringLiteral("The scan could not finish: /var/lib/dpkg/status line 2: ");
#ifndef Q_OS_WIN
        // The rpm database is read by rpm itself, which only a Linux host has.
        QTest::newRow("rpm database, not a database")
            << false << "var/lib/rpm/rpmdb.sqlite" << QByteArray("this is not an sqlite database, it is text\n")
            << QStringLiteral("The scan could not finish: rpm could not list packages: ");
#endif
        QTest::newRow("Info.plist of a Kaspersky app, XML cut short")
            << true << "Applications/Kaspersky Internet Security.app/Contents/Info.plist"
            << QByteArray("<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>CFBund")
            << QStringLiteral("The scan could not finish: /Applications/Kaspersky Internet Security.app/Contents/"
                              "Info.plist: XML plist: ");
        QTest::newRow("Kaspersky launchd job, binary cut short")
            << true << "Library/LaunchDaemons/com.kaspersky.kav.plist" << QByteArray("bplist00\xd1\x01\x02", 11)
            << QStringLiteral("The scan could not finish: /Library/LaunchDaemons/com.kaspersky.kav.plist: ");
    }

    void aDamagedDatabaseOrPropertyListStopsTheScan()
    {
        QFETCH(bool, mac);
        QFETCH(QString, file);
        QFETCH(QByteArray, contents);
        QFETCH(QString, said);
        if (file.startsWith(QStringLiteral("var/lib/rpm/"))) {
            // Without the rpm tool the database is not read at all (a warning, not this failure).
            try {
                offramp::test::requireTool("rpm");
            } catch (const std::exception& error) {
                QFAIL(error.what());
            }
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path damaged = std::filesystem::path(dir.path().toStdString()) / file.toStdString();
        offramp::test::writeFile(damaged, contents.toStdString());

        Fixture fixture({}, dir.path(), mac ? offramp::Platform::MacOS : offramp::Platform::Linux);
        fixture.next()->click();
        QCOMPARE(fixture.wizard->currentId(), int(MigrationWizard::ScanPageId));
        auto* status = fixture.wizard->findChild<QLabel*>(QStringLiteral("scanStatus"));
        auto* progress = fixture.wizard->findChild<QProgressBar*>(QStringLiteral("scanProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 30000);
        const QString text = status->text();
        QVERIFY2(text.startsWith(said), qPrintable(text));
        // The reader's words end as a sentence before the page's own.
        QVERIFY2(text.endsWith(QStringLiteral(". Nothing was changed. You can close Offramp and try again, or ask for "
                                              "help.")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("..")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
        QVERIFY(!fixture.wizard->findChild<QTreeWidget*>(QStringLiteral("scanResults"))->isVisible());
        QVERIFY(!fixture.wizard->currentPage()->isComplete());
        QVERIFY(!fixture.next()->isEnabled());
        QVERIFY(!fixture.state.hasScanned());
        QVERIFY(fixture.state.findings().empty());
        QCOMPARE(QByteArray::fromStdString(offramp::test::readFile(damaged)), contents);
    }

    // The same tree, mended, scans: the failure above was the damage, not the tree.
    void aTreeIsScannedAsThatComputer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        offramp::test::writeFile(std::filesystem::path(dir.path().toStdString()) / "var/lib/dpkg/status",
                                 "Package: kesl\nStatus: install ok installed\nVersion: 11.0\n");
        Fixture fixture({}, dir.path());
        fixture.next()->click();
        auto* results = fixture.wizard->findChild<QTreeWidget*>(QStringLiteral("scanResults"));
        QTRY_VERIFY_WITH_TIMEOUT(results->isVisible(), 30000);
        QVERIFY(results->topLevelItem(0)->text(0).contains(QStringLiteral("Endpoint Security for Linux")));
        QVERIFY(fixture.state.hasScanned());
        QCOMPARE(fixture.state.machineDescription(), QStringLiteral("the computer whose files are in \u201c") +
                                                         QDir::toNativeSeparators(dir.path()) +
                                                         QStringLiteral("\u201d"));
    }

    void closingDuringAScanIsSafe()
    {
        {
            Fixture fixture(QStringLiteral("home-windows"));
            fixture.next()->click();
            // The wizard and its state go away while the worker may still be scanning.
        }
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    }

    void interactiveWidgetsHaveAccessibleNames()
    {
        Fixture fixture(QStringLiteral("office-linux"));
        fixture.next()->click();
        for (const char* name : {"scanProgress", "scanResults"}) {
            auto* widget = fixture.wizard->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(widget != nullptr, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }
};

OFFRAMP_TEST_MAIN(TestWizardScan)
#include "tst_wizard_scan.moc"
