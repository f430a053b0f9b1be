// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard at 200% on a 1366x768 screen, the size of many laptops, in English, Spanish, French and German (longer):
// the step list fits beside every page, no page scrolls sideways, and the Remove page keeps Remove now, the consent and
// the progress in view without scrolling, before, during and after the removal.
#include "engine/CatalogLoader.h"
#include "wizard/MigrationWizard.h"
#include "wizard/StepList.h"
#include "wizard/Translations.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

#include <algorithm>

namespace {

// Wholly shown: inside the window, and not cut off by a scrolling area or anything else it sits in.
bool inView(const QWidget* widget)
{
    if (widget == nullptr || !widget->isVisible()) {
        return false;
    }
    const QRect inWindow(widget->mapTo(widget->window(), QPoint()), widget->size());
    return widget->window()->rect().contains(inWindow) && widget->visibleRegion().boundingRect() == widget->rect();
}

bool stepsInView(const MigrationWizard& wizard)
{
    auto* steps = wizard.findChild<StepList*>(QStringLiteral("stepList"));
    if (!inView(steps)) {
        return false;
    }
    for (int row = 0; row < steps->count(); ++row) {
        if (!steps->viewport()->rect().contains(steps->visualItemRect(steps->item(row)))) {
            return false;
        }
    }
    return true;
}

// Laid out as it stays: before its layout has run, a page shows no scroll bar, and a check of what is in view
// could pass on a moment that does not last. Wrapped text can take a second pass.
void settle()
{
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// The page's text wraps to its width: nothing is reached by scrolling sideways.
bool noSidewaysScrolling(const QWizardPage* page)
{
    settle();
    const auto areas = page->findChildren<QScrollArea*>();
    return std::ranges::none_of(
        areas, [](const QScrollArea* area) { return area->isVisible() && area->horizontalScrollBar()->isVisible(); });
}

// The page's title and subtitle in the wizard's header are shown whole: not squeezed to fewer lines than they need.
bool headerWhole(const QWizard& wizard)
{
    const QWizardPage* page = wizard.currentPage();
    for (const QString& text : {page->title(), page->subTitle()}) {
        const auto labels = wizard.findChildren<QLabel*>();
        const auto shown = std::ranges::find_if(labels, [&](const QLabel* label) {
            return label->isVisible() && label->text() == text && !page->isAncestorOf(label);
        });
        if (text.isEmpty()) {
            continue;
        }
        if (shown == labels.end()) {
            return false;
        }
        const QLabel* label = *shown;
        const int needed =
            label->hasHeightForWidth() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (label->height() < needed || label->visibleRegion().boundingRect() != label->rect()) {
            return false;
        }
    }
    return true;
}

// The wizard in `language` on the demo computer, with the US rules as of a fixed day.
void speakOn(WizardState& state, const QString& demo, const QString& language)
{
    installTranslators(*qApp, QLocale(language), QStringLiteral(OFFRAMP_QM_DIR));
    state.setDemoName(demo);
    state.setLanguage(language);
    state.setJurisdiction(QStringLiteral("US"));
    state.setToday(QDate(2026, 12, 5));
}

} // namespace

class TestWizardScaled : public QObject
{
    Q_OBJECT

private slots:
    void theScreenIsALaptopAt200Percent()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(683, 384));
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
    }

    void removeNowAndItsProgressStayInView_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Spanish") << "es";
        QTest::newRow("French") << "fr";
        QTest::newRow("German") << "de";
    }
    void removeNowAndItsProgressStayInView()
    {
        QFETCH(QString, language);
        WizardState state(offramp::CatalogLoader::loadEmbedded());
        speakOn(state, QStringLiteral("home-windows"), language);
        {
            MigrationWizard wizard(&state);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(wizard.frameGeometry()));
            const auto complete = [&wizard] {
                return QTest::qWaitFor([&wizard] { return wizard.currentPage()->isComplete(); }, 10000);
            };
            // Every page up to the removal, with the passwords left unsaved: the Remove page then warns of them
            // too, its fullest.
            while (wizard.currentId() != MigrationWizard::RemovePageId) {
                settle();
                QVERIFY2(stepsInView(wizard), qPrintable(MigrationWizard::pageName(wizard.currentId())));
                QVERIFY(complete());
                QVERIFY2(noSidewaysScrolling(wizard.currentPage()),
                         qPrintable(MigrationWizard::pageName(wizard.currentId())));
                QVERIFY2(headerWhole(wizard), qPrintable(MigrationWizard::pageName(wizard.currentId())));
                wizard.next();
            }
            QWizardPage* page = wizard.currentPage();
            auto* consent = page->findChild<QCheckBox*>(QStringLiteral("removalConsent"));
            auto* start = page->findChild<QAbstractButton*>(QStringLiteral("startRemoval"));
            auto* progress = page->findChild<QProgressBar*>(QStringLiteral("removalProgress"));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("passwordsNotSaved"))->isVisible());
            settle();
            QVERIFY(inView(start));
            QVERIFY(inView(consent));
            QVERIFY(inView(progress));
            QVERIFY(stepsInView(wizard));
            QVERIFY(headerWhole(wizard));
            consent->setChecked(true);
            start->click();
            QTRY_VERIFY(progress->value() > 0);
            QVERIFY(inView(start) && inView(progress));
            QVERIFY(complete());
            settle();
            QVERIFY(inView(start));
            QVERIFY(inView(progress));
            QVERIFY(inView(page->findChild<QLabel*>(QStringLiteral("removalStatus"))));
            QVERIFY(stepsInView(wizard));
            // The pages after it too.
            while (wizard.nextId() != -1) {
                wizard.next();
                settle();
                QVERIFY2(stepsInView(wizard), qPrintable(MigrationWizard::pageName(wizard.currentId())));
                QVERIFY(complete());
                QVERIFY2(noSidewaysScrolling(wizard.currentPage()),
                         qPrintable(MigrationWizard::pageName(wizard.currentId())));
                QVERIFY2(headerWhole(wizard), qPrintable(MigrationWizard::pageName(wizard.currentId())));
            }
        }
        QThreadPool::globalInstance()->waitForDone(10000);
    }

    // The Check page's button to Windows Security stays in view on a Windows 10 computer, whose long notice about
    // the end of Windows 10's support comes after it.
    void securitySettingsButtonStaysInView_data() { removeNowAndItsProgressStayInView_data(); }
    void securitySettingsButtonStaysInView()
    {
        QFETCH(QString, language);
        WizardState state(offramp::CatalogLoader::loadEmbedded());
        speakOn(state, QStringLiteral("ultraav-swap"), language);
        {
            MigrationWizard wizard(&state);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            while (wizard.currentId() != MigrationWizard::CheckPageId) {
                QVERIFY(QTest::qWaitFor([&wizard] { return wizard.currentPage()->isComplete(); }, 10000));
                wizard.next();
            }
            QVERIFY(QTest::qWaitFor([&wizard] { return wizard.currentPage()->isComplete(); }, 10000));
            QVERIFY(wizard.currentPage()->findChild<QLabel*>(QStringLiteral("checkSystemNotice"))->isVisible());
            settle();
            QVERIFY(inView(wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("openSecuritySettings"))));
        }
        QThreadPool::globalInstance()->waitForDone(10000);
    }

    // Every page's title and subtitle, whose words depend on the computer (a Mac, UltraAV in Kaspersky's place, a
    // computer with nothing to remove), shown whole in every language; and the Scan page's "Show details" in view
    // under the list.
    void everyHeaderIsWhole_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("language");
        for (const char* demo : {"home-mac", "ultraav-swap", "office-linux", "clean-linux"}) {
            for (const char* language : {"en", "es", "fr", "de"}) {
                QTest::addRow("%s %s", demo, language) << demo << language;
            }
        }
    }
    void everyHeaderIsWhole()
    {
        QFETCH(QString, demo);
        QFETCH(QString, language);
        WizardState state(offramp::CatalogLoader::loadEmbedded());
        speakOn(state, demo, language);
        {
            MigrationWizard wizard(&state);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            while (true) {
                // The Remove page is complete once the removal has run, below.
                QVERIFY(wizard.currentId() == MigrationWizard::RemovePageId ||
                        QTest::qWaitFor([&wizard] { return wizard.currentPage()->isComplete(); }, 10000));
                settle();
                QVERIFY2(headerWhole(wizard), qPrintable(MigrationWizard::pageName(wizard.currentId())));
                if (wizard.currentId() == MigrationWizard::ScanPageId) {
                    // Where something was found; a computer with nothing found has no details to show.
                    const auto* found = wizard.currentPage()->findChild<QTreeWidget*>(QStringLiteral("scanResults"));
                    const auto* details = wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("showDetails"));
                    QVERIFY(found != nullptr && details != nullptr);
                    if (found->topLevelItemCount() > 0) {
                        QVERIFY(inView(details));
                        // The list is whole: it scrolls inside itself rather than run off the bottom of the page.
                        QVERIFY(inView(found));
                    } else {
                        QVERIFY(!details->isVisible());
                    }
                }
                if (wizard.currentId() == MigrationWizard::RemovePageId) {
                    wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("removalConsent"))->setChecked(true);
                    wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("startRemoval"))->click();
                    QVERIFY(QTest::qWaitFor([&wizard] { return wizard.currentPage()->isComplete(); }, 10000));
                    settle();
                    QVERIFY2(headerWhole(wizard), "after the removal");
                }
                if (wizard.nextId() == -1) {
                    break;
                }
                wizard.next();
            }
        }
        QThreadPool::globalInstance()->waitForDone(10000);
    }
};

int main(int argc, char** argv)
{
    // The screen, before the application reads it: 1366x768 pixels, shown at 200%.
    QTemporaryDir folder;
    const QString screens = folder.filePath(QStringLiteral("screens.json"));
    QFile file(screens);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0) {
        return 1;
    }
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + screens.toUtf8());
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestWizardScaled test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_scaled.moc"
