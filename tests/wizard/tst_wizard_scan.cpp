// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"
#include "Finding.h"
#include "MigrationWizard.h"
#include "WizardState.h"

#include <QAbstractButton>
#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

namespace {

struct Fixture
{
    explicit Fixture(const QString& demo)
        : state(offramp::CatalogLoader::loadEmbedded())
    {
        state.setDemoName(demo);
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

QTEST_MAIN(TestWizardScan)
#include "tst_wizard_scan.moc"
