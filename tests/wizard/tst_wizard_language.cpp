// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"
#include "MigrationWizard.h"
#include "RemovalJournal.h"
#include "RemovalPlan.h"
#include "ScreenshotTour.h"
#include "StepFailureText.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WizardState.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTranslator>
#include <QTreeWidget>

namespace {

// The English source strings of the Spanish catalogue that read differently in Spanish.
QStringList englishSources()
{
    const auto ts = QString::fromStdString(offramp::test::readFile(OFFRAMP_SOURCE_DIR "/translations/offramp_es.ts"));
    QStringList sources;
    const QRegularExpression message(QStringLiteral("<source>(.*?)</source>\\s*<translation[^>]*>(.*?)</translation>"),
                                     QRegularExpression::DotMatchesEverythingOption);
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const auto match = it.next();
        QString source = match.captured(1);
        // Only whole sentences: a fragment such as a product name may rightly appear in both languages.
        if (source != match.captured(2) && source.contains(QLatin1Char(' ')) && !source.contains(QLatin1Char('%'))) {
            sources << source.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                           .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                           .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                           .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        }
    }
    return sources;
}

QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    for (auto* label : root->findChildren<QLabel*>()) {
        texts << label->text();
    }
    for (auto* button : root->findChildren<QAbstractButton*>()) {
        texts << button->text();
    }
    for (auto* box : root->findChildren<QGroupBox*>()) {
        texts << box->title();
    }
    if (auto* page = qobject_cast<QWizardPage*>(root)) {
        texts << page->title() << page->subTitle();
    }
    return texts;
}

} // namespace

class TestWizardLanguage : public QObject
{
    Q_OBJECT

private slots:
    void theExecutableSavesEveryPageInEnglishAndSpanish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("es") << "es";
    }
    void theExecutableSavesEveryPageInEnglishAndSpanish()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const auto result = offramp::test::run(
            QStringLiteral(OFFRAMP_WIZARD_PATH),
            {"--demo", "home-windows", "--lang", language, "--screenshots", dir.path(), "-platform", "offscreen"});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const auto files = QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{"01-welcome.png", "02-scan.png", "03-rules.png", "04-save-data.png",
                                     "05-choose.png", "06-remove.png", "07-check.png", "08-summary.png"}));
        for (const auto& file : files) {
            QVERIFY(!QImage(dir.filePath(file)).isNull());
        }
    }

    // Plural forms come from a catalogue, English's too: without one a person would read "2 product(s)".
    void everyLanguageGetsPluralForms_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QString>("text");
        QTest::newRow("C locale") << QLocale::c() << "offramp_en"
                                  << "Done (simulated): 2 products removed.";
        QTest::newRow("English") << QLocale(QStringLiteral("en_US")) << "offramp_en"
                                 << "Done (simulated): 2 products removed.";
        QTest::newRow("German, which Offramp does not speak") << QLocale(QStringLiteral("de_DE")) << "offramp_en"
                                                              << "Done (simulated): 2 products removed.";
        QTest::newRow("Spanish") << QLocale(QStringLiteral("es_US")) << "offramp_es"
                                 << "Listo (simulado): se quitaron 2 productos.";
    }
    void everyLanguageGetsPluralForms()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, catalogue);
        QFETCH(QString, text);
        QCOMPARE(installTranslators(*qApp, locale, QStringLiteral(OFFRAMP_QM_DIR)), catalogue);
        QCOMPARE(QCoreApplication::translate("RemovePage", "Done (simulated): %n product(s) removed.", nullptr, 2),
                 text);
        offramp::test::removeTranslators();
    }

    // A failed removal step is told from the journal's problem in the person's language, one sentence for
    // each problem, with the journal's English words kept as a detail for a technician.
    void removalFailuresAreToldInTheUsersLanguage()
    {
        const auto catalog = offramp::CatalogLoader::loadEmbedded();
        const auto* product = catalog.product("kaspersky-anti-virus");
        QVERIFY(product != nullptr);
        const QList<offramp::StepProblem> problems{offramp::StepProblem::None,       offramp::StepProblem::Refused,
                                                   offramp::StepProblem::NotStarted, offramp::StepProblem::TimedOut,
                                                   offramp::StepProblem::Busy,       offramp::StepProblem::ExitCode,
                                                   offramp::StepProblem::StillThere, offramp::StepProblem::Crashed};
        const auto describeAll = [&](const QString& language) {
            QStringList sentences;
            for (const auto problem : problems) {
                offramp::JournalStep step;
                step.product = product->id;
                step.name = product->name.text();
                step.action = offramp::stepActionId(offramp::StepAction::RunUninstaller);
                step.exitCode = 1603;
                step.message = "exit code 1603: a fatal error occurred";
                step.problem = problem;
                sentences << describeStepFailure(step, catalog, language);
                if (!stepFailureDetails(step).endsWith(QStringLiteral(": exit code 1603: a fatal error occurred"))) {
                    return QStringList();
                }
            }
            return sentences;
        };
        const QStringList english = describeAll(QStringLiteral("en"));
        QCOMPARE(english.size(), problems.size());
        QCOMPARE(QSet<QString>(english.begin(), english.end()).size(), problems.size());
        QVERIFY2(english[5].contains(QStringLiteral("error code 1603")), qPrintable(english[5]));

        QCOMPARE(installTranslators(*qApp, QLocale(QStringLiteral("es_US")), QStringLiteral(OFFRAMP_QM_DIR)),
                 QStringLiteral("offramp_es"));
        const QStringList spanish = describeAll(QStringLiteral("es"));
        offramp::test::removeTranslators();
        QCOMPARE(spanish.size(), problems.size());
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QVERIFY2(spanish[i] != english[i], qPrintable(spanish[i]));
        }
        QVERIFY2(spanish[5].contains(QStringLiteral("código de error 1603")), qPrintable(spanish[5]));
    }

    void noEnglishIsLeftInSpanish()
    {
        auto* own = new QTranslator(qApp);
        QVERIFY(own->load(QStringLiteral(OFFRAMP_QM_DIR "/offramp_es.qm")));
        QApplication::installTranslator(own);
        auto* qt = new QTranslator(qApp);
        // Qt's own catalogue, from where the build takes the one it builds into offramp.
        QVERIFY(qt->load(QLocale(QStringLiteral("es")), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QStringLiteral(OFFRAMP_QT_QM_DIR)));
        QApplication::installTranslator(qt);
        QLocale::setDefault(QLocale(QStringLiteral("es")));

        const QStringList english = englishSources();
        QVERIFY(english.size() > 20);
        WizardState state(offramp::CatalogLoader::loadEmbedded());
        state.setDemoName(QStringLiteral("home-windows"));
        state.setLanguage(QStringLiteral("es"));
        state.setJurisdiction(QStringLiteral("US"));
        state.setToday(QDate(2026, 11, 23));
        const auto& catalog = state.catalog();
        MigrationWizard wizard(&state);
        QTemporaryDir dir;
        ScreenshotTour tour(&wizard, dir.path());
        QVERIFY2(tour.run(), qPrintable(tour.error()));

        // Every page, as the tour left it filled in.
        QStringList texts;
        for (const int id : wizard.pageIds()) {
            texts << visibleTexts(wizard.page(id));
        }
        texts << wizard.button(QWizard::BackButton)->text() << wizard.button(QWizard::CancelButton)->text()
              << wizard.button(QWizard::FinishButton)->text();
        // The evidence behind "details" too: what the scan saw is worded in Spanish around the computer's names.
        auto* results =
            wizard.page(MigrationWizard::ScanPageId)->findChild<QTreeWidget*>(QStringLiteral("scanResults"));
        QVERIFY(results != nullptr && results->topLevelItemCount() > 0);
        int evidence = 0;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            for (int j = 0; j < results->topLevelItem(i)->childCount(); ++j, ++evidence) {
                const QString what = results->topLevelItem(i)->child(j)->text(0);
                for (const char* word :
                     {"entry", "registry key", "service ", "driver ", "package ", "folder", "app "}) {
                    QVERIFY2(!what.contains(QLatin1String(word)), qPrintable(what));
                }
            }
        }
        QVERIFY(evidence > 3);
        const QString all = texts.join(QLatin1Char('\n'));
        for (const auto& source : english) {
            QVERIFY2(!all.contains(source), qPrintable(QStringLiteral("English left: ") + source));
        }
        // Qt's own buttons are translated too, and the catalog's text is in Spanish.
        QVERIFY(!all.contains(QStringLiteral("Cancel\n")));
        QVERIFY2(!wizard.button(QWizard::BackButton)->text().contains(QStringLiteral("Back")),
                 qPrintable(wizard.button(QWizard::BackButton)->text()));
        QVERIFY2(!wizard.button(QWizard::FinishButton)->text().contains(QStringLiteral("Finish")),
                 qPrintable(wizard.button(QWizard::FinishButton)->text()));
        const auto* rule = catalog.regulation("us-commerce-final-determination-2024");
        QVERIFY(rule != nullptr);
        QVERIFY(all.contains(QString::fromStdString(rule->title.text("es"))));
        QVERIFY(!all.contains(QString::fromStdString(rule->title.text("en"))));

        // A Spanish-speaking country with no rule found, and a country that is not listed: in Spanish too.
        QWizardPage* rulesPage = wizard.page(MigrationWizard::RulesPageId);
        auto* country = rulesPage->findChild<QComboBox*>(QStringLiteral("jurisdiction"));
        for (const QString& code : {QStringLiteral("MX"), QString()}) {
            country->setCurrentIndex(code.isEmpty() ? country->count() - 1 : country->findData(code));
            const QString page = (visibleTexts(rulesPage) << country->currentText()).join(QLatin1Char('\n'));
            for (const auto& source : english) {
                QVERIFY2(!page.contains(source), qPrintable(QStringLiteral("English left: ") + source));
            }
            QVERIFY2(page.contains(code.isEmpty() ? QStringLiteral("su país") : QStringLiteral("México")),
                     qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("Estados Unidos")), qPrintable(page));
        }
        wizard.close();
        QThreadPool::globalInstance()->waitForDone(10000);
    }
};

QTEST_MAIN(TestWizardLanguage)
#include "tst_wizard_language.moc"
